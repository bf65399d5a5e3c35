namespace InvestAid.Common;

/// <summary>The caller's version of the record is stale (412), or it sent none where one is required (428).</summary>
public sealed class PreconditionFailedException(bool missing) : Exception(missing
    ? "Thiếu phiên bản của bản ghi (If-Match). Hãy tải lại bản ghi rồi gửi kèm phiên bản."
    : "Bản ghi đã được người khác cập nhật sau khi bạn mở nó. Hãy tải lại và nhập lại thay đổi.")
{
    public bool Missing { get; } = missing;
}
