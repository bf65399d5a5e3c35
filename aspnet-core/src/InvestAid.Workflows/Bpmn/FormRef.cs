namespace InvestAid.Workflows.Bpmn;

/// <summary>
/// The Camunda Form (form-js schema) a user task or start event shows: <c>camunda:formRef</c> with
/// <c>camunda:formRefBinding</c> (latest, deployment, version + <c>camunda:formRefVersion</c>; the same bindings as a
/// decision's), or <c>camunda:formKey="camunda-forms:deployment:&lt;file&gt;.form"</c> / <c>camunda-forms:app:&lt;path&gt;</c>
/// (<see cref="FileName"/> set, bound to the deployment).
/// </summary>
/// <param name="Key">The form's id (the schema's <c>id</c>), or the file's name without <c>.form</c> for a camunda-forms key.</param>
/// <param name="FileName">For a camunda-forms key: the file named (its last path segment), matched first.</param>
public sealed record FormRef(string Key, DecisionBinding Binding, int? Version, string? FileName = null)
{
    public const string CamundaFormsPrefix = "camunda-forms:";

    /// <summary>The form a <c>camunda-forms:deployment:</c> or <c>camunda-forms:app:</c> form key names; null for other keys.</summary>
    public static FormRef? FromFormKey(string? formKey)
    {
        if (formKey is null || !formKey.StartsWith(CamundaFormsPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = formKey[CamundaFormsPrefix.Length..];
        var path = rest.StartsWith("deployment:", StringComparison.Ordinal) ? rest["deployment:".Length..]
            : rest.StartsWith("app:", StringComparison.Ordinal) ? rest["app:".Length..]
            : null;
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var file = path.Split('/', '\\')[^1];
        var key = file.EndsWith(".form", StringComparison.OrdinalIgnoreCase) ? file[..^5] : file;
        return new FormRef(key, DecisionBinding.Deployment, null, file);
    }
}
