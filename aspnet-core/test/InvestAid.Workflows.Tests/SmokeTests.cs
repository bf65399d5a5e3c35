namespace InvestAid.Workflows;

public class SmokeTests
{
    [Fact]
    public void Runs() => Assert.True(true);
}
