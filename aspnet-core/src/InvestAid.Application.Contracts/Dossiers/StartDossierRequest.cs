using System.Text.Json;

namespace InvestAid.Dossiers;

/// <summary>
/// Receives a dossier: the procedure version in force on <see cref="ReceivedOn"/> is started. <see cref="Variables"/>
/// go to the instance, e.g. <c>agencies</c> (codes of the Agency reference list, e.g. ["STC","CAT"]), <c>consultationDue</c> (default P10WD), capital figures.
/// </summary>
public sealed record StartDossierRequest(string ProcedureKey, DateOnly ReceivedOn, ApplicantDto Applicant, Dictionary<string, JsonElement>? Variables = null);
