namespace InvestAid.Legal;

/// <summary>How sure we are of a legal figure or fact.</summary>
public enum LegalStatus
{
    /// <summary>Read in the official text.</summary>
    Confirmed = 1,

    /// <summary>Reported by a law firm or a news source, not read in the official text.</summary>
    Secondary = 2,

    /// <summary>Not found: the last confirmed value is kept until someone reads the official text.</summary>
    Unconfirmed = 3,
}
