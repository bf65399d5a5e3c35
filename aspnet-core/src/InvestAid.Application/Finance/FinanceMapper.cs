using Riok.Mapperly.Abstractions;

namespace InvestAid.Finance;

/// <summary>Compile-time mapping of plans, disbursements, receipts, implemented capital and exchange rates and aid accounts to their DTOs.</summary>
[Mapper]
public static partial class FinanceMapper
{
    public static partial CapitalPlanDto ToDto(this CapitalPlanRevision revision);
    public static partial DisbursementDto ToDto(this Disbursement disbursement);
    public static partial ReceiptDto ToDto(this AidReceipt receipt);
    public static partial ExpectedReceiptDto ToDto(this ExpectedReceipt expected);
    public static partial ImplementedCapitalDto ToDto(this ImplementedCapitalReport report);
    public static partial ExchangeRateDto ToDto(this ExchangeRate rate);

    /// <summary>The aid account with the count and totals of the receipts booked to it, which the caller sums.</summary>
    public static partial AidAccountDto ToDto(this AidAccount account, int receiptCount, decimal receivedUsd, decimal receivedVnd);
}
