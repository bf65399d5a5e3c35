namespace InvestAid.EntityFrameworkCore.Decisions;

/// <summary>One uploaded version of a Camunda Form (key = the schema's id); immutable once published.</summary>
public sealed class FormDefinitionRecord : DeployedFileRecord
{
    /// <summary>The name of the uploaded file, which <c>camunda-forms:deployment:&lt;file&gt;</c> form keys name.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The keys of the form's input fields.</summary>
    public string[] FieldKeys { get; set; } = [];

    /// <summary>The form-js JSON as uploaded (kept as text: served back byte for byte).</summary>
    public string Schema { get; set; } = "";
}
