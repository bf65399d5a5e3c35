namespace InvestAid.Workflows;

/// <summary>A model was refused; <see cref="Errors"/> lists every problem, not just the first.</summary>
public sealed class BpmnValidationException(IReadOnlyList<BpmnValidationError> errors)
    : WorkflowException("The BPMN model is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<BpmnValidationError> Errors { get; } = errors;
}
