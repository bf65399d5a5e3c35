using InvestAid.Decisions.Forms;
using Riok.Mapperly.Abstractions;

namespace InvestAid.Decisions;

/// <summary>Compile-time mapping of deployed decision models and forms to their DTOs.</summary>
[Mapper]
public static partial class DecisionMapper
{
    public static partial DecisionModelDto ToDto(this DecisionModelInfo model);
    public static partial FormDefinitionDto ToDto(this FormDefinitionInfo form);
}
