using System.Text.Json.Nodes;
using InvestAid.Decisions.Forms;

namespace InvestAid.Decisions;

public sealed class FormSchemaTests
{
    // The leader's decision on an aid dossier, as Camunda Modeler's form editor writes it.
    private const string Decision = """
        {
          "id": "ngo-decide", "type": "default", "schemaVersion": 16, "executionPlatform": "Camunda Platform",
          "components": [
            { "type": "text", "text": "# Quyết định" },
            { "type": "radio", "key": "outcome", "label": "Quyết định", "validate": { "required": true },
              "values": [ { "label": "Phê duyệt", "value": "approve" }, { "label": "Từ chối", "value": "reject" }, { "label": "Trả lại", "value": "return" } ] },
            { "type": "group", "label": "Văn bản", "components": [
              { "type": "textfield", "key": "decisionNumber", "label": "Số quyết định", "validate": { "required": true, "pattern": "^[0-9]+/QĐ-UBND$", "maxLength": 30 } },
              { "type": "datetime", "key": "decisionDate", "subtype": "date", "dateLabel": "Ngày quyết định", "validate": { "required": true } }
            ] },
            { "type": "number", "key": "approvedAmountUsd", "label": "Giá trị phê duyệt (USD)", "validate": { "min": 0, "max": 10000000 } },
            { "type": "checklist", "key": "documents", "label": "Hồ sơ", "values": [ { "label": "Văn kiện", "value": "document" }, { "label": "Cam kết", "value": "commitment" } ] },
            { "type": "checkbox", "key": "notifyDonor", "label": "Thông báo nhà tài trợ" },
            { "type": "textfield", "key": "email", "label": "E-mail", "validate": { "validationType": "email" } }
          ]
        }
        """;

    private static IReadOnlyDictionary<string, string> Validate(string submission) => FormSchema.Parse(Decision).Validate(JsonNode.Parse(submission)!.AsObject());

    [Fact]
    public void A_file_naming_a_property_twice_is_refused_as_a_malformed_form_not_an_unexpected_error()
    {
        var act = () => FormSchema.Parse("""{"id": "x", "id": {}, "components": []}""");

        act.Should().Throw<FormSchemaException>().WithMessage("*not JSON*");
    }

    [Fact]
    public void A_property_name_that_is_half_a_character_is_refused_as_a_malformed_form()
    {
        var act = () => FormSchema.Parse("""{"name": {"\ud800": "\u0000"}, "components": []}""");

        act.Should().Throw<FormSchemaException>();
    }

    [Fact]
    public void Reads_the_input_fields_including_those_in_groups()
    {
        FormSchema.Parse(Decision).Fields.Select(f => f.Key).Should().Equal("outcome", "decisionNumber", "decisionDate", "approvedAmountUsd", "documents", "notifyDonor", "email");
    }

    [Fact]
    public void A_valid_submission_has_no_errors()
    {
        Validate("""{"outcome":"approve","decisionNumber":"123/QĐ-UBND","decisionDate":"2026-03-02","approvedAmountUsd":150000,"documents":["document"],"notifyDonor":true,"email":"a@b.vn","extra":1}""")
            .Should().BeEmpty();
    }

    [Fact]
    public void Each_broken_rule_names_its_field()
    {
        var errors = Validate("""{"outcome":"maybe","decisionNumber":"123","decisionDate":"02/03/2026","approvedAmountUsd":-1,"documents":["x"],"notifyDonor":"yes","email":"nope"}""");
        errors.Keys.Should().BeEquivalentTo(["outcome", "decisionNumber", "decisionDate", "approvedAmountUsd", "documents", "notifyDonor", "email"]);
        errors["outcome"].Should().Contain("not one of the options");
        errors["decisionNumber"].Should().Contain("pattern");
        errors["decisionDate"].Should().Contain("yyyy-MM-dd");
        errors["approvedAmountUsd"].Should().Contain("at least 0");
    }

    [Fact]
    public void Required_fields_must_be_present_and_types_are_checked()
    {
        var errors = Validate("""{"decisionNumber":"","approvedAmountUsd":"150000"}""");
        errors.Keys.Should().BeEquivalentTo(["outcome", "decisionNumber", "decisionDate", "approvedAmountUsd"]);
        errors["outcome"].Should().Contain("'Quyết định' là bắt buộc");
        errors["approvedAmountUsd"].Should().Contain("must be a number");
        Validate("{\"outcome\":\"approve\",\"decisionNumber\":\"1/QĐ-UBND\",\"decisionDate\":\"2026-03-02\",\"email\":\"" + new string('x', 40) + "\"}").Should().ContainKey("email");
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("""{"id":"f"}""", "no components")]
    [InlineData("""{"id":"f","components":[{"type":"textfield","id":"Field_1"}]}""", "'Field_1': the textfield has no key")]
    [InlineData("""{"id":"f","components":[{"type":"number","key":"a"},{"type":"number","key":"a","id":"Field_2"}]}""", "'Field_2': the key 'a' is used twice")]
    [InlineData("""{"id":"f","components":[{"type":"textfield","key":"a","id":"Field_3","validate":{"pattern":"("}}]}""", "'Field_3': the pattern")]
    [InlineData("""{"id":"f","components":[{"type":"signature","key":"a","id":"Field_4"}]}""", "'signature' is not supported")]
    public void A_malformed_schema_is_refused_naming_the_component(string json, string message)
    {
        var act = () => FormSchema.Parse(json);
        act.Should().Throw<FormSchemaException>().Which.Message.Should().Contain(message);
    }
}
