namespace InvestAid.Decisions.Dmn;

/// <summary>How a decision table turns its matched rules into a result (DMN 1.3, 8.2.11).</summary>
public enum HitPolicy
{
    Unique,
    First,
    Priority,
    Any,
    Collect,
    RuleOrder,
    OutputOrder,
}

/// <summary>The aggregation of a COLLECT table with one output (C+, C&lt;, C&gt;, C#).</summary>
public enum CollectAggregation
{
    None,
    Sum,
    Min,
    Max,
    Count,
}
