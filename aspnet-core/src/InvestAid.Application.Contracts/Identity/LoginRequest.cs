namespace InvestAid.Identity;

public sealed record LoginRequest(string Email, string Password);
