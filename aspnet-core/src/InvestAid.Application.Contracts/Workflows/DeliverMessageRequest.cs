using System.Text.Json;

namespace InvestAid.Workflows;

public sealed record DeliverMessageRequest(Dictionary<string, JsonElement>? Variables = null);
