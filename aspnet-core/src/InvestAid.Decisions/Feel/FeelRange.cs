namespace InvestAid.Decisions.Feel;

/// <summary>A FEEL range such as <c>[1..10]</c> or <c>]date("2025-01-01")..date("2025-12-31")]</c>; a null end is open.</summary>
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    public bool? Contains(object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (Start is not null)
        {
            var c = FeelValues.Compare(value, Start);
            if (c is null)
            {
                return null;
            }

            if (c < 0 || (c == 0 && !StartIncluded))
            {
                return false;
            }
        }

        if (End is not null)
        {
            var c = FeelValues.Compare(value, End);
            if (c is null)
            {
                return null;
            }

            if (c > 0 || (c == 0 && !EndIncluded))
            {
                return false;
            }
        }

        return true;
    }
}
