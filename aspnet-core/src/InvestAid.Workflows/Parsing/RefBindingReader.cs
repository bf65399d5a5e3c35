using System.Globalization;
using System.Xml.Linq;
using InvestAid.Workflows.Bpmn;

namespace InvestAid.Workflows.Parsing;

/// <summary>
/// Camunda's <c>camunda:&lt;x&gt;RefBinding</c> (latest, deployment, version) and <c>camunda:&lt;x&gt;RefVersion</c>, read the same
/// way for a business rule task's decision (<c>decisionRef</c>) and a user task's or start event's form (<c>formRef</c>).
/// </summary>
internal static class RefBindingReader
{
    public static (DecisionBinding Binding, int? Version) Read(XElement e, string reference, Action<string> error)
    {
        var binding = DecisionBinding.Latest;
        switch (e.Extension(reference + "Binding") ?? "latest")
        {
            case "latest":
                break;
            case "deployment":
                binding = DecisionBinding.Deployment;
                break;
            case "version":
                binding = DecisionBinding.Version;
                break;
            case var other:
                error($"camunda:{reference}Binding '{other}' is not one of latest, deployment, version.");
                break;
        }

        int? version = null;
        if (binding == DecisionBinding.Version)
        {
            if (int.TryParse(e.Extension(reference + "Version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0)
            {
                version = v;
            }
            else
            {
                error($"camunda:{reference}Binding=\"version\" needs camunda:{reference}Version, a positive number.");
            }
        }

        return (binding, version);
    }
}
