namespace InvestAid.Proposals;

public static class ProposalConsts
{
    public const int MaxReasonLength = 2000;
    public const int MaxCommentLength = 2000;
    public const int MaxAttachments = 10;
    public const int MaxAttachmentNameLength = 256;
}
