# python3 generate_ngo.py . -- generates ngo-aid-approval.v2.bpmn (Decree 313/2025): the approval chain, the approving authority
# decided by the shipped DMN table over the legal parameter pmuThresholdUsd, and every time limit read from the legal parameters.
# Then add the English step names: python3 english_names.py <the generated .bpmn files>
# Then bind the shipped forms: python3 forms.py <the generated .bpmn files>
import sys
from generate_2026 import Model, inputs

OUT = (sys.argv[1] if len(sys.argv) > 1 else '.') + '/'

m = Model()
n = m.node
n('startEvent', 'receive', 0, 1, 'Tiếp nhận hồ sơ')
n('exclusiveGateway', 'mergeCheck', 1, 1)
n('userTask', 'check', 2, 1, 'Kiểm tra tính đầy đủ, hợp lệ của hồ sơ', ' camunda:candidateGroups="officer" ia:outcomes="complete,supplement" camunda:formKey="check"')
n('exclusiveGateway', 'checkResult', 3, 1, 'Hồ sơ đầy đủ?', ' default="Flow_checkResult_slaStart"')
n('serviceTask', 'slaPause', 3, 2, 'Dừng tính thời hạn (yêu cầu bổ sung)', ' camunda:type="external" camunda:topic="sla.pause"', ' ')
n('intermediateCatchEvent', 'waitResubmit', 2, 2, 'Nhận hồ sơ bổ sung', '', '<bpmn:messageEventDefinition messageRef="Message_resubmitted" />')
n('serviceTask', 'slaResume', 1, 2, 'Tiếp tục tính thời hạn', ' camunda:type="external" camunda:topic="sla.resume"', ' ')
n('serviceTask', 'slaStart', 4, 1, 'Bắt đầu tính thời hạn thẩm định (tham số pháp lý)', ' camunda:type="external" camunda:topic="sla.start"',
  inputs({'limit': '${legal.ngoAppraisalPeriod}', 'parameter': 'ngoAppraisalPeriod'}))
n('userTask', 'consult', 5, 1, 'Lấy ý kiến cơ quan liên quan', ' camunda:candidateGroups="${\'agency:\' + agency}" camunda:dueDate="${consultationDue}" ia:outcomes="agree,disagree" camunda:formKey="consult"',
  '<bpmn:multiInstanceLoopCharacteristics camunda:collection="agencies" camunda:elementVariable="agency" />')
n('boundaryEvent', 'remindConsult', 5, 1, 'Nhắc trước hạn 2 ngày làm việc', ' cancelActivity="false" attachedToRef="consult"',
  '<bpmn:timerEventDefinition><bpmn:timeDuration>${consultationReminder}</bpmn:timeDuration></bpmn:timerEventDefinition>')
n('serviceTask', 'notifyReminder', 5, 2, 'Nhắc cơ quan chưa trả lời', ' camunda:type="external" camunda:topic="notify"',
  inputs({'to': '${agencies.map(function (a) { return "agency:" + a; }).join(",")}', 'subject': 'Sắp hết hạn trả lời ý kiến về hồ sơ'}))
n('endEvent', 'endReminder', 5, 3)
n('boundaryEvent', 'escalateConsult', 5, 1, 'Quá hạn lấy ý kiến', ' cancelActivity="false" attachedToRef="consult"',
  '<bpmn:timerEventDefinition><bpmn:timeDuration>${consultationDue}</bpmn:timeDuration></bpmn:timerEventDefinition>')
n('userTask', 'escalation', 6, 2, 'Xử lý quá hạn lấy ý kiến', ' camunda:candidateGroups="leader" camunda:formKey="escalation"')
n('endEvent', 'endEscalation', 6, 3)
n('exclusiveGateway', 'mergeDraft', 6, 1)
n('userTask', 'draft', 7, 1, 'Chuyên viên dự thảo báo cáo thẩm định và tờ trình', ' camunda:candidateGroups="officer" ia:outcomes="submit" camunda:formKey="draft"')
n('userTask', 'review', 8, 1, 'Trưởng phòng xem xét', ' camunda:candidateGroups="approver" ia:outcomes="forward,return" camunda:formKey="review"')
n('exclusiveGateway', 'reviewResult', 9, 1, 'Trình ký?', ' default="Flow_reviewResult_authority"')
n('businessRuleTask', 'authority', 10, 1, 'Xác định cấp phê duyệt (bảng quyết định, ngưỡng theo tham số pháp lý)',
  ' camunda:decisionRef="ngo-aid-approval-authority" camunda:mapDecisionResult="singleResult" camunda:resultVariable="aidApproval"',
  inputs({'pmuThresholdUsd': '${legal.pmuThresholdUsd}'}))
n('userTask', 'sign', 11, 1, 'Giám đốc Sở ký tờ trình trình UBND tỉnh', ' camunda:candidateGroups="leader" ia:outcomes="sign,return" camunda:formKey="sign"')
n('exclusiveGateway', 'signResult', 12, 1, 'Đã ký?', ' default="Flow_signResult_signRecord"')
n('serviceTask', 'signRecord', 13, 1, 'Ghi người ký tờ trình', ' camunda:type="external" camunda:topic="signature.record"', inputs({'step': 'sign'}))
n('exclusiveGateway', 'byAuthority', 14, 1, 'Cấp phê duyệt?', ' default="Flow_byAuthority_decide"')
n('userTask', 'proposeToPm', 15, 0, 'UBND tỉnh đề xuất Thủ tướng Chính phủ phê duyệt', ' camunda:candidateGroups="leader" ia:outcomes="submit" camunda:formKey="proposeToPm"')
n('userTask', 'pmDecision', 16, 0, 'Ghi nhận quyết định của Thủ tướng Chính phủ', ' camunda:candidateGroups="officer" ia:outcomes="approve,reject" camunda:formKey="pmDecision"')
n('userTask', 'decide', 15, 1, 'Chủ tịch UBND tỉnh quyết định', ' camunda:candidateGroups="leader" ia:outcomes="approve,reject,return" camunda:formKey="decide"')
n('exclusiveGateway', 'decision', 17, 1, 'Quyết định?', ' default="Flow_decision_setRejected"')
n('serviceTask', 'decideRecord', 18, 1, 'Ghi người ký quyết định', ' camunda:type="external" camunda:topic="signature.record"', inputs({'step': 'decide'}))
n('serviceTask', 'setApproved', 19, 1, 'Ghi quyết định phê duyệt vào dự án', ' camunda:type="external" camunda:topic="project.setStatus"', inputs({'status': 'Approved'}))
n('serviceTask', 'notifyApproved', 20, 1, 'Thông báo các bên liên quan', ' camunda:type="external" camunda:topic="notify"',
  inputs({'to': 'officer,leader,owner', 'subject': 'Khoản viện trợ đã được phê duyệt'}))
n('exclusiveGateway', 'pmuOption', 21, 1, 'Dưới ngưỡng lập Ban quản lý dự án?', ' default="Flow_pmuOption_joinPmu"')
n('serviceTask', 'notifyPmu', 21, 2, 'Thông báo chủ khoản viện trợ: được giao đơn vị có năng lực thay Ban quản lý dự án', ' camunda:type="external" camunda:topic="notify"',
  inputs({'to': 'officer,owner', 'subject': 'Khoản viện trợ dưới ngưỡng: có thể giao đơn vị có năng lực thay Ban quản lý dự án'}))
n('exclusiveGateway', 'joinPmu', 22, 1)
n('userTask', 'notifyDonor', 23, 1, 'Thông báo nhà tài trợ', ' camunda:candidateGroups="officer" camunda:dueDate="${legal.ngoDonorNoticePeriod}" camunda:formKey="notifyDonor"')
n('endEvent', 'endApproved', 24, 1, 'Đã phê duyệt', '', '<bpmn:terminateEventDefinition />')
n('serviceTask', 'setRejected', 18, 3, 'Ghi quyết định từ chối vào dự án', ' camunda:type="external" camunda:topic="project.setStatus"', inputs({'status': 'Rejected'}))
n('serviceTask', 'notifyRejected', 19, 3, 'Thông báo từ chối', ' camunda:type="external" camunda:topic="notify"',
  inputs({'to': 'officer,leader,owner', 'subject': 'Khoản viện trợ không được phê duyệt'}))
n('endEvent', 'endRejected', 20, 3, 'Không phê duyệt', '', '<bpmn:terminateEventDefinition />')

f = m.flow
f('receive', 'mergeCheck'); f('mergeCheck', 'check'); f('check', 'checkResult')
f('checkResult', 'slaPause', 'Yêu cầu bổ sung', "${outcome == 'supplement'}"); f('checkResult', 'slaStart', 'Đầy đủ')
f('slaPause', 'waitResubmit'); f('waitResubmit', 'slaResume'); f('slaResume', 'mergeCheck')
f('slaStart', 'consult')
f('remindConsult', 'notifyReminder'); f('notifyReminder', 'endReminder')
f('escalateConsult', 'escalation'); f('escalation', 'endEscalation')
f('consult', 'mergeDraft'); f('mergeDraft', 'draft'); f('draft', 'review'); f('review', 'reviewResult')
f('reviewResult', 'mergeDraft', 'Trả lại', "${outcome == 'return'}"); f('reviewResult', 'authority', 'Trình ký')
f('authority', 'sign'); f('sign', 'signResult')
f('signResult', 'mergeDraft', 'Trả lại', "${outcome == 'return'}"); f('signResult', 'signRecord', 'Đã ký')
f('signRecord', 'byAuthority')
f('byAuthority', 'proposeToPm', 'Thủ tướng Chính phủ', "${aidApproval.approvingAuthority == 'PrimeMinister'}"); f('byAuthority', 'decide', 'Chủ tịch UBND tỉnh')
f('proposeToPm', 'pmDecision'); f('pmDecision', 'decision')
f('decide', 'decision')
f('decision', 'decideRecord', 'Phê duyệt', "${outcome == 'approve'}"); f('decision', 'mergeDraft', 'Trả lại', "${outcome == 'return'}")
f('decision', 'setRejected', 'Từ chối')
f('decideRecord', 'setApproved'); f('setApproved', 'notifyApproved'); f('notifyApproved', 'pmuOption')
f('pmuOption', 'notifyPmu', 'Có', '${aidApproval.pmuOptional == true}'); f('pmuOption', 'joinPmu', 'Không')
f('notifyPmu', 'joinPmu'); f('joinPmu', 'notifyDonor'); f('notifyDonor', 'endApproved')
f('setRejected', 'notifyRejected'); f('notifyRejected', 'endRejected')

BASIS = ('Nghị định 313/2025/NĐ-CP (Decree 313/2025/ND-CP), hiệu lực 08/12/2025, thay thế Nghị định 80/2020. CHƯA XÁC NHẬN (unconfirmed): '
         'các bước và thời hạn giữ như Nghị định 80/2020 (Điều 7-12), tên cơ quan theo tổ chức hiện hành (Sở Tài chính)')
DOC = ('Tiếp nhận → kiểm tra hồ sơ (yêu cầu bổ sung: dừng thời hạn, chờ hồ sơ bổ sung) → lấy ý kiến song song các cơ quan (hạn trả lời do tỉnh quy định, '
       'mặc định tham số ngoConsultationPeriod; nhắc trước 2 ngày làm việc; quá hạn: giao lãnh đạo xử lý, không huỷ việc lấy ý kiến) → chuyên viên dự thảo '
       'báo cáo thẩm định và tờ trình → Trưởng phòng xem xét → bảng quyết định ngo-aid-approval-authority xác định cấp phê duyệt theo lĩnh vực nhạy cảm '
       '(biến sensitiveField) và giá trị khoản viện trợ (biến aidAmountUsd, từ cam kết của dự án) so với tham số pmuThresholdUsd → Giám đốc Sở ký tờ trình → '
       'Chủ tịch UBND tỉnh quyết định (phê duyệt / từ chối / trả lại), hoặc khi thuộc thẩm quyền Thủ tướng: UBND tỉnh đề xuất, ghi nhận quyết định của Thủ tướng → '
       'ghi quyết định vào dự án → thông báo; khoản viện trợ dưới ngưỡng: thông báo được giao đơn vị có năng lực thay Ban quản lý dự án; '
       'thông báo nhà tài trợ trong thời hạn ngoDonorNoticePeriod. Thời hạn thẩm định: tham số ngoAppraisalPeriod kể từ khi hồ sơ đầy đủ. '
       'Mọi thời hạn và ngưỡng đọc từ Tham số pháp lý tại ngày nhận hồ sơ.')

if __name__ == '__main__':
    open(OUT + 'ngo-aid-approval.v2.bpmn', 'w').write(
        m.xml('ngo-aid-approval', 'Phê duyệt viện trợ phi chính phủ nước ngoài (khoản viện trợ không thuộc ODA)', BASIS, '2025-12-08', None, DOC))
    print('ok')
