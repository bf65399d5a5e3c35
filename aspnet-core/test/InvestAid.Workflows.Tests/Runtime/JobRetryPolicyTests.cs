namespace InvestAid.Workflows.Runtime;

/// <summary><c>camunda:failedJobRetryTimeCycle</c>: how many tries a failing job gets and the wait before each next one.</summary>
public sealed class JobRetryPolicyTests
{
    [Fact]
    public void Without_a_cycle_a_job_gets_three_tries_without_waiting()
    {
        var (tries, waitBefore) = JobRetryPolicy.Schedule(null);

        tries.Should().Be(3);
        waitBefore(2).Should().Be(TimeSpan.Zero);
        waitBefore(1).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void The_repeat_form_gives_the_tries_and_one_interval_between_them()
    {
        var (tries, waitBefore) = JobRetryPolicy.Schedule("R3/PT5M");

        tries.Should().Be(3);
        waitBefore(2).Should().Be(TimeSpan.FromMinutes(5));
        waitBefore(1).Should().Be(TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void The_list_form_waits_each_interval_in_turn_and_tries_once_more_than_it_lists()
    {
        var (tries, waitBefore) = JobRetryPolicy.Schedule("PT1M,PT5M,PT10M");

        tries.Should().Be(4);
        // After the first failure 3 retries are left: the first interval; then the second; then the third.
        new[] { waitBefore(3), waitBefore(2), waitBefore(1) }.Should().Equal(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
    }
}
