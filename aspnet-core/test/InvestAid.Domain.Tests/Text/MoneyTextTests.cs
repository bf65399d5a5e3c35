using AwesomeAssertions;
using InvestAid.Text;

namespace InvestAid.Domain.Text;

public sealed class MoneyTextTests
{
    [Fact]
    public void Usd_is_grouped_the_Vietnamese_way_with_two_decimals()
    {
        MoneyText.Format(22_670_000m, "USD").Should().Be("22.670.000,00 USD");
    }

    [Theory]
    [InlineData("VND", "63.500.000.000 VND")]
    [InlineData("vnd", "63.500.000.000 VND")]
    [InlineData("JPY", "63.500.000.000 JPY")]
    public void A_currency_without_a_minor_unit_has_no_decimals(string currency, string expected)
    {
        MoneyText.Format(63_500_000_000m, currency).Should().Be(expected);
    }

    [Fact]
    public void A_change_carries_its_sign()
    {
        MoneyText.Signed(1_500_000m, "USD").Should().Be("+1.500.000,00 USD");
        MoneyText.Signed(-200_000m, "USD").Should().Be("-200.000,00 USD");
    }
}
