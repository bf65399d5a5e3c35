using System.Security.Cryptography;
using System.Text;
using InvestAid.Workflows.Runtime.State;

namespace InvestAid.Workflows;

/// <summary>
/// The version of a task's assignment (bare, as record versions are; quoted in the header) (assignee, owner, delegation state, status) as an ETag: an administrator's
/// change names the one they saw in <c>If-Match</c>, so a change made meanwhile by someone else is not overwritten.
/// </summary>
public static class TaskETag
{
    public static string Of(WorkflowTask task)
    {
        var text = $"{task.Assignee}\u001f{task.Owner}\u001f{task.DelegationState}\u001f{task.Status}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>Whether <paramref name="ifMatch"/> names the task's current assignment (quotes and W/ ignored).</summary>
    public static bool Matches(WorkflowTask task, string ifMatch)
    {
        static string Bare(string v) => (v.StartsWith("W/", StringComparison.Ordinal) ? v[2..] : v).Trim().Trim('"');
        return string.Equals(Bare(Of(task)), Bare(ifMatch.Trim()), StringComparison.Ordinal);
    }
}
