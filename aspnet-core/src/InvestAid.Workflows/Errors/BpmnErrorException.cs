namespace InvestAid.Workflows;

/// <summary>
/// Thrown by a service task handler to raise a BPMN error (Camunda's <c>BpmnError</c>): caught by an error
/// boundary event or error event sub-process with this code, else the path ends as at a none end event.
/// </summary>
public sealed class BpmnErrorException(string errorCode, string? message = null) : Exception(message ?? $"BPMN error '{errorCode}'.")
{
    public string ErrorCode { get; } = errorCode;
}
