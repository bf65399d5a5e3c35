namespace InvestAid.Decisions.Forms;

/// <summary>A form-js schema the server cannot check submissions against; names the component.</summary>
public sealed class FormSchemaException(string? componentId, string message)
    : Exception(componentId is null ? $"The form schema is not valid: {message}" : $"The form schema is not valid: component '{componentId}': {message}")
{
    public string? ComponentId { get; } = componentId;
}
