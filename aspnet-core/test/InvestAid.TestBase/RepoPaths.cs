namespace InvestAid.TestBase;

/// <summary>Files of the repository a test reads (the committed OpenAPI document, docs, the Camunda corpus), found from the test's own directory upwards.</summary>
public static class RepoPaths
{
    /// <summary>The first <paramref name="parts"/> path, file or directory, that exists in the test's directory or one above it.</summary>
    public static string Above(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"{string.Join('/', parts)} not found above {AppContext.BaseDirectory}.");
    }
}
