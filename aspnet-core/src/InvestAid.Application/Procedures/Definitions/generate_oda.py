# python3 generate_oda.py . -- generates the ODA procedure versions in force from 10 Sep 2025 (Decree 242/2025, replacing Decree 114/2021
# as amended by Decree 20/2023) with the approval chain; every time limit is read from the legal parameters at the receipt date.
# Then add the English step names (english_names.py) and bind the shipped forms: python3 forms.py <the generated .bpmn files>
import sys
from generate_2026 import Model, inputs

OUT = (sys.argv[1] if len(sys.argv) > 1 else '.') + '/'
FROM = '2025-09-10'


def chain(m, first_col, sla_param, consult):
    """The owner prepares, the department checks it, (consults), then draft → review → sign → decide; returns the column after decideRecord."""
    n, f = m.node, m.flow
    c = first_col
    n('startEvent', 'receive', c, 1, 'Tiếp nhận hồ sơ')
    n('exclusiveGateway', 'mergePrepare', c + 1, 1)
    n('userTask', 'prepare', c + 2, 1, 'Chủ dự án lập, hoàn thiện hồ sơ', ' camunda:candidateGroups="owner" camunda:formKey="prepare"')
    n('serviceTask', 'slaResume', c + 3, 1, 'Tiếp tục tính thời hạn (hồ sơ đã hoàn thiện)', ' camunda:type="external" camunda:topic="sla.resume"', ' ')
    n('userTask', 'check', c + 4, 1, 'Sở Tài chính kiểm tra tính đầy đủ, hợp lệ của hồ sơ', ' camunda:candidateGroups="officer" ia:outcomes="complete,supplement" camunda:formKey="check"')
    n('exclusiveGateway', 'checkResult', c + 5, 1, 'Hồ sơ đầy đủ?', ' default="Flow_checkResult_slaStart"')
    n('serviceTask', 'slaPause', c + 1, 2, 'Dừng tính thời hạn (trả chủ dự án hoàn thiện)', ' camunda:type="external" camunda:topic="sla.pause"', ' ')
    n('serviceTask', 'slaStart', c + 6, 1, 'Bắt đầu tính thời hạn thẩm định (tham số pháp lý)', ' camunda:type="external" camunda:topic="sla.start"',
      inputs({'limit': '${legal.' + sla_param + '}', 'parameter': sla_param}))
    f('receive', 'mergePrepare'); f('mergePrepare', 'prepare'); f('prepare', 'slaResume'); f('slaResume', 'check'); f('check', 'checkResult')
    f('checkResult', 'slaPause', 'Yêu cầu bổ sung', "${outcome == 'supplement'}"); f('checkResult', 'slaStart', 'Đầy đủ')
    f('slaPause', 'mergePrepare')
    c += 7
    if consult:
        n('exclusiveGateway', 'needConsult', c, 1, 'Cần lấy ý kiến?', ' default="Flow_needConsult_joinConsult"')
        n('userTask', 'consult', c + 1, 0, 'Lấy ý kiến cơ quan liên quan', ' camunda:candidateGroups="${\'agency:\' + agency}" camunda:dueDate="${consultationDue}" ia:outcomes="agree,disagree" camunda:formKey="consult"',
          '<bpmn:multiInstanceLoopCharacteristics camunda:collection="agencies" camunda:elementVariable="agency" />')
        n('boundaryEvent', 'remindConsult', c + 1, 0, 'Nhắc hạn trả lời ý kiến', ' cancelActivity="false" attachedToRef="consult"',
          '<bpmn:timerEventDefinition><bpmn:timeDuration>${consultationReminder}</bpmn:timeDuration></bpmn:timerEventDefinition>')
        n('serviceTask', 'notifyReminder', c + 2, -1, 'Nhắc cơ quan chưa trả lời', ' camunda:type="external" camunda:topic="notify"',
          inputs({'to': '${agencies.map(function (a) { return "agency:" + a; }).join(",")}', 'subject': 'Sắp hết hạn trả lời ý kiến về hồ sơ'}))
        n('endEvent', 'endReminder', c + 3, -1)
        n('exclusiveGateway', 'joinConsult', c + 2, 1)
        f('slaStart', 'needConsult')
        f('needConsult', 'consult', 'Có', '${agencies.length > 0}'); f('needConsult', 'joinConsult', 'Không')
        f('remindConsult', 'notifyReminder'); f('notifyReminder', 'endReminder'); f('consult', 'joinConsult')
        f('joinConsult', 'mergeDraft')
        c += 3
    else:
        f('slaStart', 'mergeDraft')
    n('exclusiveGateway', 'mergeDraft', c, 1)
    n('userTask', 'draft', c + 1, 1, 'Chuyên viên dự thảo báo cáo thẩm định và tờ trình', ' camunda:candidateGroups="officer" ia:outcomes="submit,return" camunda:formKey="draft"')
    n('exclusiveGateway', 'draftResult', c + 2, 1, 'Trình Trưởng phòng?', ' default="Flow_draftResult_review"')
    n('userTask', 'review', c + 3, 1, 'Trưởng phòng xem xét', ' camunda:candidateGroups="approver" ia:outcomes="forward,return" camunda:formKey="review"')
    n('exclusiveGateway', 'reviewResult', c + 4, 1, 'Trình ký?', ' default="Flow_reviewResult_sign"')
    n('userTask', 'sign', c + 5, 1, 'Giám đốc Sở ký tờ trình trình UBND tỉnh', ' camunda:candidateGroups="leader" ia:outcomes="sign,return" camunda:formKey="sign"')
    n('exclusiveGateway', 'signResult', c + 6, 1, 'Đã ký?', ' default="Flow_signResult_signRecord"')
    n('serviceTask', 'signRecord', c + 7, 1, 'Ghi người ký tờ trình', ' camunda:type="external" camunda:topic="signature.record"', inputs({'step': 'sign'}))
    n('userTask', 'decide', c + 8, 1, 'Chủ tịch UBND tỉnh quyết định', ' camunda:candidateGroups="leader" ia:outcomes="approve,reject,return" camunda:formKey="decide"')
    n('exclusiveGateway', 'decision', c + 9, 1, 'Quyết định?', ' default="Flow_decision_reject"')
    n('serviceTask', 'decideRecord', c + 10, 1, 'Ghi người ký quyết định', ' camunda:type="external" camunda:topic="signature.record"', inputs({'step': 'decide'}))
    f('mergeDraft', 'draft'); f('draft', 'draftResult')
    # The officer may send the proposal back to the project owner (the clock stops while the owner reworks it).
    f('draftResult', 'slaPause', 'Trả chủ dự án', "${outcome == 'return'}"); f('draftResult', 'review', 'Trình')
    f('review', 'reviewResult')
    f('reviewResult', 'mergeDraft', 'Trả lại', "${outcome == 'return'}"); f('reviewResult', 'sign', 'Trình ký')
    f('sign', 'signResult'); f('signResult', 'mergeDraft', 'Trả lại', "${outcome == 'return'}"); f('signResult', 'signRecord', 'Đã ký')
    f('signRecord', 'decide'); f('decide', 'decision')
    f('decision', 'decideRecord', 'Phê duyệt', "${outcome == 'approve'}"); f('decision', 'mergeDraft', 'Trả lại', "${outcome == 'return'}")
    return c + 11


def ending(m, c, approve, reject, approved_subject, rejected_subject):
    n, f = m.node, m.flow
    n('serviceTask', 'approve', c, 1, 'Ghi quyết định phê duyệt', ' camunda:type="external" camunda:topic="' + approve[0] + '"', inputs(approve[1]))
    n('serviceTask', 'notifyApproved', c + 1, 1, 'Thông báo chủ dự án', ' camunda:type="external" camunda:topic="notify"',
      inputs({'to': 'owner,officer', 'subject': approved_subject}))
    n('endEvent', 'endApproved', c + 2, 1, 'Đã phê duyệt', '', '<bpmn:terminateEventDefinition />')
    n('serviceTask', 'reject', c - 1, 3, 'Ghi quyết định từ chối', ' camunda:type="external" camunda:topic="' + reject[0] + '"', inputs(reject[1]))
    n('serviceTask', 'notifyRejected', c, 3, 'Thông báo chủ dự án', ' camunda:type="external" camunda:topic="notify"',
      inputs({'to': 'owner,officer', 'subject': rejected_subject}))
    n('endEvent', 'endRejected', c + 1, 3, 'Không phê duyệt', '', '<bpmn:terminateEventDefinition />')
    f('decideRecord', 'approve'); f('approve', 'notifyApproved'); f('notifyApproved', 'endApproved')
    f('decision', 'reject', 'Từ chối'); f('reject', 'notifyRejected'); f('notifyRejected', 'endRejected')


BASIS = ('Nghị định 242/2025/NĐ-CP (Decree 242/2025/ND-CP), ký và hiệu lực 10/09/2025, thay thế Nghị định 114/2021/NĐ-CP (sửa đổi bởi '
         'Nghị định 20/2023/NĐ-CP) — nội dung theo nguồn thứ cấp. CHƯA XÁC NHẬN (unconfirmed): các bước và thời hạn của tỉnh với vai trò '
         'cơ quan chủ quản; các bước giữ theo cách làm của tỉnh, thời hạn là tham số pháp lý sửa được. ')
CHAIN = ('Chuỗi phê duyệt: chuyên viên dự thảo báo cáo thẩm định và tờ trình (có thể trả chủ dự án hoàn thiện) → Trưởng phòng xem xét '
         '(vai trò approver) → Giám đốc Sở Tài chính ký tờ trình trình UBND tỉnh → Chủ tịch UBND tỉnh quyết định (phê duyệt / từ chối / trả lại). '
         'Mỗi cấp có thể trả lại kèm ý kiến; người ký, ký thay (KT.) hoặc ký thừa lệnh (TL.) và người giao ký được ghi vào lịch sử và in trên quyết định.')

proposal = Model()
c = chain(proposal, 0, 'odaProposalAppraisalPeriod', True)
ending(proposal, c, ('project.setStatus', {'status': 'Approved'}), ('project.setStatus', {'status': 'Rejected'}), 'Đã phê duyệt', 'Không được phê duyệt')
PROPOSAL_DOC = ('Đề xuất chương trình, dự án sử dụng vốn ODA, vốn vay ưu đãi (hồ sơ nhận từ 10/09/2025): chủ dự án lập hồ sơ → Sở Tài chính kiểm tra '
                '(yêu cầu bổ sung: dừng thời hạn, chủ dự án hoàn thiện) → lấy ý kiến song song các cơ quan khi có (hạn trả lời mặc định: tham số '
                'odaConsultationPeriod; khoản ODA không vượt tham số odaNoConsultationThresholdUsd có thể không lấy ý kiến) → ' + CHAIN +
                ' Thời hạn thẩm định: tham số odaProposalAppraisalPeriod kể từ khi hồ sơ đầy đủ — CHƯA XÁC NHẬN: tài liệu tham chiếu không nêu thời hạn '
                'của tỉnh theo Nghị định 114/2021 hay 242/2025; giá trị do tỉnh đặt, sửa trong Tham số pháp lý. Mọi thời hạn đọc tại ngày nhận hồ sơ.')

plan = Model()
c = chain(plan, 0, 'odaAnnualPlanAppraisalPeriod', False)
ending(plan, c, ('dossier.decide', {'approved': 'true'}), ('dossier.decide', {'approved': 'false'}), 'Kế hoạch vốn năm đã được phê duyệt', 'Kế hoạch vốn năm không được phê duyệt')
PLAN_DOC = ('Kế hoạch vốn năm của dự án ODA, vốn vay ưu đãi (hồ sơ nhận từ 10/09/2025): chủ dự án lập kế hoạch → Sở Tài chính kiểm tra '
            '(yêu cầu bổ sung: dừng thời hạn) → ' + CHAIN + ' Quyết định ghi vào hồ sơ (số, ngày), không đổi trạng thái dự án. '
            'Các bước theo chế độ cũ (Nghị định 16/2016, 132/2018); theo Nghị định 114/2021 và 242/2025 CHƯA XÁC NHẬN. '
            'Thời hạn thẩm định: tham số odaAnnualPlanAppraisalPeriod kể từ khi hồ sơ đầy đủ — CHƯA XÁC NHẬN, giá trị do tỉnh đặt, sửa trong Tham số pháp lý.')

files = {
    'oda-proposal.v2.bpmn': proposal.xml('oda-proposal', 'Đề xuất chương trình, dự án sử dụng vốn ODA, vốn vay ưu đãi',
                                         BASIS + 'Luật Đầu tư công 58/2024/QH15: UBND tỉnh quyết định chủ trương đầu tư dự án nhóm B, C của địa phương (nguồn thứ cấp).',
                                         FROM, None, PROPOSAL_DOC),
    'oda-annual-plan.v2.bpmn': plan.xml('oda-annual-plan', 'Kế hoạch vốn năm của dự án ODA, vốn vay ưu đãi',
                                        BASIS + 'Chủ dự án lập, Sở Tài chính thẩm định, Chủ tịch UBND tỉnh phê duyệt (chế độ cũ: Nghị định 16/2016, 132/2018).',
                                        FROM, None, PLAN_DOC),
}

if __name__ == '__main__':
    for name, text in files.items():
        open(OUT + name, 'w').write(text)
    print('ok')
