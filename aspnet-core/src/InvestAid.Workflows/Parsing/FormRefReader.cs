using System.Xml.Linq;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// The Camunda Form of a user task or start event: <c>camunda:formRef</c> (+ binding and version), or a
/// <c>camunda-forms:deployment:</c> / <c>camunda-forms:app:</c> form key. Other form keys stay what they were (our web
/// app's own variants of the task page), so both attributes may be present, unlike in Camunda.
/// </summary>
internal static class FormRefReader
{
    public static FormRef? Read(string id, int line, XElement e, List<BpmnValidationError> errors)
    {
        var formRef = e.Extension("formRef");
        if (formRef is null)
        {
            if (e.Extension("formRefBinding") is not null || e.Extension("formRefVersion") is not null)
            {
                errors.Add(new BpmnValidationError(id, line, "camunda:formRefBinding and camunda:formRefVersion need camunda:formRef."));
            }

            return FormRef.FromFormKey(e.Extension("formKey"));
        }

        if (FormRef.FromFormKey(e.Extension("formKey")) is not null)
        {
            errors.Add(new BpmnValidationError(id, line, "Only one of camunda:formRef and a camunda-forms: camunda:formKey is allowed."));
            return null;
        }

        var (binding, version) = RefBindingReader.Read(e, "formRef", message => errors.Add(new BpmnValidationError(id, line, message)));
        return new FormRef(formRef, binding, version);
    }
}
