namespace InvestAid.Decisions.Dmn;

/// <summary>A DMN file the engine cannot run; every problem found is listed, naming its element.</summary>
public sealed class DmnValidationException(IReadOnlyList<DmnValidationError> errors)
    : Exception("The DMN model is not valid: " + string.Join("; ", errors))
{
    public IReadOnlyList<DmnValidationError> Errors { get; } = errors;
}
