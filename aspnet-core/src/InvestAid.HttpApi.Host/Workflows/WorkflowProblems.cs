using InvestAid.Errors;
using Microsoft.AspNetCore.Mvc;

namespace InvestAid.Workflows;

/// <summary>The engine's typed exceptions as ProblemDetails (status, stable code, words for people).</summary>
public static class WorkflowProblems
{
    public static (int Status, string Code, string Title, string? Detail, IDictionary<string, string[]>? Errors) Classify(WorkflowException ex) =>
        ex switch
        {
            BpmnValidationException v => (400, WorkflowErrorCodes.InvalidModel, "Mô hình quy trình không hợp lệ", "The BPMN model was refused; see bpmnErrors.",
                v.Errors.GroupBy(e => e.ElementId ?? $"line {e.Line}").ToDictionary(g => g.Key, g => g.Select(e => $"line {e.Line}: {e.Message}").ToArray())),
            ConcurrencyException => (409, WorkflowErrorCodes.Concurrency, "Quy trình vừa được người khác cập nhật", ex.Message, null),
            InvalidOutcomeException => (400, WorkflowErrorCodes.InvalidOutcome, "Kết quả xử lý không hợp lệ", ex.Message, null),
            TaskNotAssignableException => (403, WorkflowErrorCodes.TaskNotAssignable, "Không được giao công việc này", ex.Message, null),
            TaskDelegatedException => (409, WorkflowErrorCodes.TaskDelegated, "Công việc đang được ủy quyền", ex.Message, null),
            TaskNotDelegatedException => (409, WorkflowErrorCodes.TaskNotDelegated, "Công việc không được ủy quyền", ex.Message, null),
            TaskNotOpenException => (409, WorkflowErrorCodes.TaskNotOpen, "Công việc đã đóng", ex.Message, null),
            WorkflowNotRunningException => (409, WorkflowErrorCodes.NotRunning, "Quy trình không còn chạy", ex.Message, null),
            InstanceMigrationException => (409, WorkflowErrorCodes.MigrationRefused, "Không chuyển được phiên bản", ex.Message, null),
            MessageNotCorrelatedException => (409, WorkflowErrorCodes.MessageNotExpected, "Không có đúng một quy trình chờ thông điệp này", ex.Message, null),
            MessageNotExpectedException => (409, WorkflowErrorCodes.MessageNotExpected, "Quy trình không chờ thông điệp này", ex.Message, null),
            WorkflowNotSuspendedException => (409, WorkflowErrorCodes.NotSuspended, "Quy trình không ở trạng thái tạm dừng", ex.Message, null),
            MessageStartNotDefinedException => (400, WorkflowErrorCodes.MessageNotExpected, "Quy trình không bắt đầu bằng thông điệp này", ex.Message,
                new Dictionary<string, string[]> { ["message"] = [ex.Message] }),
            InstanceNotFoundException or TaskNotFoundException or DefinitionNotFoundException or ExternalTaskNotFoundException =>
                (404, WorkflowErrorCodes.NotFound, "Không tìm thấy", ex.Message, null),
            // A script or condition of the model failed, looped or ran out of memory: the command saved nothing.
            ScriptException or StepLimitExceededException or ServiceTaskHandlerNotFoundException or DecisionTaskException =>
                (422, WorkflowErrorCodes.ScriptFailed, "Quy trình không chạy được bước này", ex.Message, null),
            _ => (500, ErrorCodes.Internal, "Lỗi hệ thống", null, null),
        };

    /// <summary>Each refused BPMN element with its line, for the model editor.</summary>
    public static void AddDetails(ProblemDetails problem, Exception exception)
    {
        if (exception is BpmnValidationException v)
        {
            problem.Extensions["bpmnErrors"] = v.Errors.Select(e => new { e.ElementId, e.Line, e.Message }).ToArray();
        }
    }
}
