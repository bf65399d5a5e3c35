# Adds English step names to the shipped procedure models: python3 english_names.py *.bpmn
# Each flow node whose Vietnamese name is in NAMES gets <camunda:property name="name:en" value="..."/> under
# extensionElements/camunda:properties (Camunda Modeler shows it under "Extension properties"); the API gives that name
# to English requests and the model's own name otherwise. Run it again after generate*.py; it skips nodes already named.
import re, sys
from xml.sax.saxutils import quoteattr

NAMES = {
    # user tasks
    "Chuyên viên dự thảo báo cáo thẩm định và tờ trình": "Officer drafts the appraisal report and submission",
    "Chủ dự án lập hồ sơ": "Project owner prepares the dossier",
    "Chủ tịch UBND tỉnh quyết định": "Chairperson of the Provincial People's Committee decides",
    "Ghi nhận quyết định của Thủ tướng Chính phủ": "Record the Prime Minister's decision",
    "Giám đốc Sở ký tờ trình trình UBND tỉnh": "Department Director signs the submission to the Provincial People's Committee",
    "Kiểm tra tính đầy đủ, hợp lệ của hồ sơ": "Check the dossier is complete and valid",
    "Lãnh đạo quyết định": "Leader decides",
    "Lấy ý kiến cơ quan liên quan": "Consult the agencies concerned",
    "Lập báo cáo thẩm định": "Write the appraisal report",
    "Người có thẩm quyền quyết định": "Competent authority decides",
    "Sở Tài chính thẩm định": "Department of Finance appraises",
    "Thông báo nhà tài trợ": "Notify the donor",
    "Trưởng phòng xem xét": "Head of division reviews",
    "UBND tỉnh phê duyệt": "Provincial People's Committee approves",
    "UBND tỉnh đề xuất Thủ tướng Chính phủ phê duyệt": "Provincial People's Committee proposes approval to the Prime Minister",
    "Xử lý quá hạn lấy ý kiến": "Handle the overdue consultation",
    # service and business-rule tasks
    "Bắt đầu tính thời hạn giải quyết": "Start the processing time limit",
    "Bắt đầu tính thời hạn giải quyết (tham số pháp lý)": "Start the processing time limit (legal parameter)",
    "Bắt đầu tính thời hạn thẩm định (tham số pháp lý)": "Start the appraisal time limit (legal parameter)",
    "Cấp số và ghi sổ đăng ký": "Issue the number and record it in the register",
    "Dừng tính thời hạn (yêu cầu bổ sung)": "Pause the time limit (supplement requested)",
    "Ghi người ký quyết định": "Record who signed the decision",
    "Ghi người ký tờ trình": "Record who signed the submission",
    "Ghi quyết định phê duyệt": "Record the approval decision",
    "Ghi quyết định phê duyệt vào dự án": "Record the approval decision on the project",
    "Ghi quyết định từ chối": "Record the rejection decision",
    "Ghi quyết định từ chối vào dự án": "Record the rejection decision on the project",
    "Ghi thông báo góp vốn, mua cổ phần": "Record the capital contribution or share purchase notice",
    "Ghi từ chối": "Record the rejection",
    "Ghi điều chỉnh vào sổ đăng ký": "Record the adjustment in the register",
    "Hướng dẫn nhà đầu tư đăng ký thành lập doanh nghiệp": "Guide the investor to register the enterprise",
    "Nhắc cơ quan chưa trả lời": "Remind agencies that have not answered",
    "Thông báo chủ dự án": "Notify the project owner",
    "Thông báo chủ khoản viện trợ: được giao đơn vị có năng lực thay Ban quản lý dự án": "Notify the aid's owner: a capable unit is assigned instead of a project management unit",
    "Thông báo các bên liên quan": "Notify the parties concerned",
    "Thông báo nhà đầu tư": "Notify the investor",
    "Thông báo từ chối": "Notify the rejection",
    "Tiếp tục tính thời hạn": "Resume the time limit",
    "Xác định cấp phê duyệt (bảng quyết định, ngưỡng theo tham số pháp lý)": "Determine the approving authority (decision table, threshold from legal parameters)",
    # events
    "Bắt đầu": "Start",
    "Tiếp nhận hồ sơ": "Dossier received",
    "Không phê duyệt": "Not approved",
    "Từ chối": "Rejected",
    "Đã cấp": "Issued",
    "Đã phê duyệt": "Approved",
    "Đã điều chỉnh": "Adjusted",
    "Đã đăng ký": "Registered",
    "Nhắc trước hạn 2 ngày làm việc": "Reminder 2 working days before the limit",
    "Quá hạn lấy ý kiến": "Consultation overdue",
    "Nhận hồ sơ bổ sung": "Supplemented dossier received",
    # gateways
    "Chấp thuận chủ trương của Chủ tịch UBND tỉnh?": "Investment policy approved by the Chairperson of the Provincial People's Committee?",
    "Cấp phê duyệt?": "Approving authority?",
    "Cần lấy ý kiến?": "Consultation needed?",
    "Doanh nghiệp thành lập sau GCNĐKĐT?": "Enterprise established after the certificate?",
    "Dưới ngưỡng lập Ban quản lý dự án?": "Below the threshold for a project management unit?",
    "Hồ sơ đầy đủ?": "Dossier complete?",
    "Quyết định?": "Decision?",
    "Trình ký?": "Submit for signature?",
    "Đã ký?": "Signed?",
    "Đạt?": "Passed?",
    "Chủ dự án lập, hoàn thiện hồ sơ": "Project owner prepares or completes the dossier",
    "Dừng tính thời hạn (trả chủ dự án hoàn thiện)": "Pause the time limit (returned to the owner to complete)",
    "Nhắc hạn trả lời ý kiến": "Remind of the consultation deadline",
    "Sở Tài chính kiểm tra tính đầy đủ, hợp lệ của hồ sơ": "Department of Finance checks the dossier is complete and valid",
    "Tiếp tục tính thời hạn (hồ sơ đã hoàn thiện)": "Resume the time limit (dossier completed)",
    "Trình Trưởng phòng?": "Submit to the head of division?",
}

NODES = ("userTask", "serviceTask", "businessRuleTask", "scriptTask", "task", "sendTask", "receiveTask", "manualTask", "callActivity",
         "startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent", "intermediateThrowEvent",
         "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "subProcess")
OPEN = re.compile(r'<bpmn:(' + "|".join(NODES) + r')\b([^>]*?)(/?)>'
                  r'(\s*<bpmn:documentation>.*?</bpmn:documentation>)?(\s*<bpmn:extensionElements>)?', re.S)


def english(text):
    missing = set()

    def add(m):
        kind, attrs, selfclose, doc, ext = m.group(1), m.group(2), m.group(3), m.group(4) or "", m.group(5) or ""
        name = re.search(r'\sname="([^"]*)"', attrs)
        if not name:
            return m.group(0)
        vi = name.group(1).replace("&quot;", '"').replace("&amp;", "&")
        if vi not in NAMES:
            missing.add(vi)
            return m.group(0)
        prop = f'<camunda:properties><camunda:property name="name:en" value={quoteattr(NAMES[vi])} /></camunda:properties>'
        if selfclose:
            # What follows a self-closing element belongs to its siblings: keep it as it was.
            return f'<bpmn:{kind}{attrs}><bpmn:extensionElements>{prop}</bpmn:extensionElements></bpmn:{kind}>{doc}{ext}'
        if ext:
            return f'<bpmn:{kind}{attrs}>{doc}{ext}{prop}'
        return f'<bpmn:{kind}{attrs}>{doc}<bpmn:extensionElements>{prop}</bpmn:extensionElements>'

    return OPEN.sub(add, text), missing


if __name__ == "__main__":
    for path in sys.argv[1:]:
        text = open(path, encoding="utf-8").read()
        if 'name="name:en"' in text:
            print(f"{path}: already has English names, left as is")
            continue
        out, missing = english(text)
        open(path, "w", encoding="utf-8").write(out)
        for vi in sorted(missing):
            print(f"{path}: no English name for '{vi}'", file=sys.stderr)
