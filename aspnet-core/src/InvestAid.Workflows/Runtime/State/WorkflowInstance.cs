using System.Text.Json.Nodes;

namespace InvestAid.Workflows.Runtime.State;

/// <summary>
/// The whole state of one running process as plain data, so any store can keep it as a
/// document (jsonb) and the engine can work on a copy and drop it when a command fails.
/// </summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; set; }
    public string DefinitionKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public WorkflowStatus Status { get; set; }
    public string? FaultMessage { get; set; }

    /// <summary>Incremented by every command; the store refuses a save whose loaded version moved.</summary>
    public int Version { get; set; }

    public JsonObject Variables { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Set on a child started by a call activity, to resume the parent when it ends.</summary>
    public Guid? ParentInstanceId { get; set; }
    public string? ParentBookmarkId { get; set; }

    public List<Token> Tokens { get; set; } = [];
    public List<Bookmark> Bookmarks { get; set; } = [];
    public List<WorkflowTask> Tasks { get; set; } = [];
    public List<HistoryEntry> History { get; set; } = [];
    public List<InclusiveFork> InclusiveForks { get; set; } = [];
    public List<MultiInstanceState> MultiInstances { get; set; } = [];
}
