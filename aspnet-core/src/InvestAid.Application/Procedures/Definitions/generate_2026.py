# python3 generate_2026.py . -- generates the 2026 FDI procedure versions (Law 143/2025, Decree 96/2026) with the approval chain and a simple diagram.
# Then add the English step names: python3 english_names.py <the generated .bpmn files>
# Then bind the shipped forms: python3 forms.py <the generated .bpmn files>
import html, sys
OUT = (sys.argv[1] if len(sys.argv) > 1 and __name__ == '__main__' else '.') + '/'
XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
def esc(s): return html.escape(s, quote=True)
def inputs(d):
    return '<bpmn:extensionElements><camunda:inputOutput>' + ''.join(
        f'<camunda:inputParameter name="{k}">{esc(v)}</camunda:inputParameter>' for k, v in d.items()) + '</camunda:inputOutput></bpmn:extensionElements>'

class Model:
    def __init__(s): s.nodes = []; s.flows = []; s.pos = {}
    def node(s, kind, id, col, row, name=None, attrs='', inner=''):
        s.nodes.append((kind, id, name, attrs, inner)); s.pos[id] = (col, row, kind)
    def flow(s, src, tgt, name=None, cond=None):
        s.flows.append((f'Flow_{src}_{tgt}', src, tgt, name, cond))
    def size(s, kind):
        return {'startEvent': (36, 36), 'endEvent': (36, 36), 'intermediateCatchEvent': (36, 36), 'boundaryEvent': (36, 36),
                'exclusiveGateway': (50, 50)}.get(kind, (100, 80))
    def box(s, id):
        col, row, kind = s.pos[id]; w, h = s.size(kind)
        cx, cy = 160 + col * 150, 120 + row * 150
        return cx - w // 2, cy - h // 2, w, h, cx, cy
    def xml(s, key, name, basis, frm, to, doc):
        defaults = {}
        for (fid, src, tgt, fname, cond) in s.flows:
            pass
        out = []
        for kind, id, nm, attrs, inner in s.nodes:
            n = f' name="{esc(nm)}"' if nm else ''
            out.append(f'    <bpmn:{kind} id="{id}"{n}{attrs}' + (f'>{inner}</bpmn:{kind}>' if inner else ' />'))
        for fid, src, tgt, fname, cond in s.flows:
            n = f' name="{esc(fname)}"' if fname else ''
            if cond:
                out.append(f'    <bpmn:sequenceFlow id="{fid}"{n} sourceRef="{src}" targetRef="{tgt}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" {XSI}>{esc(cond)}</bpmn:conditionExpression></bpmn:sequenceFlow>')
            else:
                out.append(f'    <bpmn:sequenceFlow id="{fid}"{n} sourceRef="{src}" targetRef="{tgt}" />')
        di = []
        for kind, id, nm, attrs, inner in s.nodes:
            x, y, w, h, cx, cy = s.box(id)
            if kind == 'boundaryEvent':
                # on the bottom edge of the task it is attached to
                host = attrs.split('attachedToRef="')[1].split('"')[0]
                hx, hy, hw, hh, hcx, hcy = s.box(host)
                x, y = hx + 2 + (60 if id.startswith('escalate') else 0), hy + hh - 18
            marker = ' isMarkerVisible="true"' if kind == 'exclusiveGateway' else ''
            label = f'<bpmndi:BPMNLabel><dc:Bounds x="{x - 20}" y="{y + h + 4}" width="{w + 40}" height="27" /></bpmndi:BPMNLabel>' if nm and kind != 'userTask' and kind != 'serviceTask' else ''
            di.append(f'      <bpmndi:BPMNShape id="{id}_di" bpmnElement="{id}"{marker}><dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />{label}</bpmndi:BPMNShape>')
        for fid, src, tgt, fname, cond in s.flows:
            sx, sy, sw, sh, scx, scy = s.box(src); tx, ty, tw, th, tcx, tcy = s.box(tgt)
            if s.pos[src][2] == 'boundaryEvent':
                hostattrs = [a for k, i, n, a, inn in s.nodes if i == src][0]
                host = hostattrs.split('attachedToRef="')[1].split('"')[0]
                hx, hy, hw, hh, hcx, hcy = s.box(host)
                bx = hx + 2 + (60 if src.startswith('escalate') else 0) + 18
                if tx <= bx <= tx + tw:
                    pts = [(bx, hy + hh + 18), (bx, ty)]
                else:
                    pts = [(bx, hy + hh + 18), (bx, tcy if tcx != bx else ty), ] + ([(tx, tcy)] if tcx != bx else [])
            elif tcx > scx and tcy == scy:
                pts = [(sx + sw, scy), (tx, tcy)]
            elif tcx > scx:
                pts = [(scx, sy + sh if tcy > scy else sy), (scx, tcy), (tx, tcy)]
            elif tcx == scx:
                pts = [(scx, sy + sh if tcy > scy else sy), (tcx, ty if tcy > scy else ty + th)]
            else:
                low = max(sy + sh, ty + th) + 30 if tcy >= scy else min(sy, ty) - 30
                if tcy < scy:
                    pts = [(scx, sy), (scx, tcy), (tx + tw, tcy)]
                else:
                    pts = [(scx, sy + sh), (scx, low), (tcx, low), (tcx, ty + th)]
            wp = ''.join(f'<di:waypoint x="{a}" y="{b}" />' for a, b in pts)
            di.append(f'      <bpmndi:BPMNEdge id="{fid}_di" bpmnElement="{fid}">{wp}</bpmndi:BPMNEdge>')
        to_attr = f' ia:effectiveTo="{to}"' if to else ''
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" id="Definitions_{key}" targetNamespace="http://investaid.vn/procedures" exporter="InvestAid" exporterVersion="1">
  <bpmn:message id="Message_resubmitted" name="resubmitted" />
  <bpmn:process id="{key}" name="{esc(name)}" isExecutable="true" ia:legalBasis="{esc(basis)}" ia:effectiveFrom="{frm}"{to_attr}>
    <bpmn:documentation>{esc(doc)}</bpmn:documentation>
''' + '\n'.join(out) + f'''
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_{key}">
    <bpmndi:BPMNPlane id="Plane_{key}" bpmnElement="{key}">
''' + '\n'.join(di) + '''
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''

def build(key, sla_expr, sla_param, final, policy, reject_project=True):
    """final: list of (kind, id, name, attrs, inner) after approval; policy: whether the provincial Chairperson path exists."""
    m = Model()
    m.node('startEvent', 'receive', 0, 1, 'Tiếp nhận hồ sơ')
    m.node('exclusiveGateway', 'mergeCheck', 1, 1)
    m.node('userTask', 'check', 2, 1, 'Kiểm tra tính đầy đủ, hợp lệ của hồ sơ', ' camunda:candidateGroups="officer" ia:outcomes="complete,supplement" camunda:formKey="check"')
    m.node('exclusiveGateway', 'checkResult', 3, 1, 'Hồ sơ đầy đủ?', ' default="Flow_checkResult_slaStart"')
    m.node('serviceTask', 'slaPause', 3, 2, 'Dừng tính thời hạn (yêu cầu bổ sung)', ' camunda:type="external" camunda:topic="sla.pause"', ' ')
    m.node('intermediateCatchEvent', 'waitResubmit', 2, 2, 'Nhận hồ sơ bổ sung', '', '<bpmn:messageEventDefinition messageRef="Message_resubmitted" />')
    m.node('serviceTask', 'slaResume', 1, 2, 'Tiếp tục tính thời hạn', ' camunda:type="external" camunda:topic="sla.resume"', ' ')
    m.node('serviceTask', 'slaStart', 4, 1, 'Bắt đầu tính thời hạn giải quyết (tham số pháp lý)', ' camunda:type="external" camunda:topic="sla.start"',
           inputs({'limit': sla_expr, 'parameter': sla_param}))
    m.node('exclusiveGateway', 'needConsult', 5, 1, 'Cần lấy ý kiến?', ' default="Flow_needConsult_joinConsult"')
    m.node('userTask', 'consult', 6, 0, 'Lấy ý kiến cơ quan liên quan', ' camunda:candidateGroups="${\'agency:\' + agency}" camunda:dueDate="${consultationDue}" ia:outcomes="agree,disagree" camunda:formKey="consult"',
           '<bpmn:multiInstanceLoopCharacteristics camunda:collection="agencies" camunda:elementVariable="agency" />')
    m.node('boundaryEvent', 'remindConsult', 6, 0, 'Nhắc trước hạn 2 ngày làm việc', ' cancelActivity="false" attachedToRef="consult"',
           '<bpmn:timerEventDefinition><bpmn:timeDuration>${consultationReminder}</bpmn:timeDuration></bpmn:timerEventDefinition>')
    m.node('serviceTask', 'notifyReminder', 7, -1, 'Nhắc cơ quan chưa trả lời', ' camunda:type="external" camunda:topic="notify"',
           inputs({'to': '${agencies.map(function (a) { return "agency:" + a; }).join(",")}', 'subject': 'Sắp hết hạn trả lời ý kiến về hồ sơ'}))
    m.node('endEvent', 'endReminder', 8, -1)
    m.node('exclusiveGateway', 'joinConsult', 7, 1)
    m.node('exclusiveGateway', 'mergeDraft', 8, 1)
    m.node('userTask', 'draft', 9, 1, 'Chuyên viên dự thảo báo cáo thẩm định và tờ trình', ' camunda:candidateGroups="officer" ia:outcomes="submit" camunda:formKey="draft"')
    m.node('userTask', 'review', 10, 1, 'Trưởng phòng xem xét', ' camunda:candidateGroups="approver" ia:outcomes="forward,return" camunda:formKey="review"')
    m.node('exclusiveGateway', 'reviewResult', 11, 1, 'Trình ký?', ' default="Flow_reviewResult_needPolicy"')
    m.node('exclusiveGateway', 'needPolicy', 12, 1, 'Chấp thuận chủ trương của Chủ tịch UBND tỉnh?', ' default="Flow_needPolicy_mergeDecide"')
    m.node('userTask', 'sign', 13, 0, 'Giám đốc Sở ký tờ trình trình UBND tỉnh', ' camunda:candidateGroups="leader" ia:outcomes="sign,return" camunda:formKey="sign"')
    m.node('exclusiveGateway', 'signResult', 14, 0, 'Đã ký?', ' default="Flow_signResult_signRecord"')
    m.node('serviceTask', 'signRecord', 15, 0, 'Ghi người ký tờ trình', ' camunda:type="external" camunda:topic="signature.record"', inputs({'step': 'sign'}))
    m.node('exclusiveGateway', 'mergeDecide', 16, 1)
    m.node('userTask', 'decide', 17, 1, 'Người có thẩm quyền quyết định', ' camunda:candidateGroups="leader" ia:outcomes="approve,reject,return" camunda:formKey="decide"')
    m.node('exclusiveGateway', 'decision', 18, 1, 'Quyết định?', ' default="Flow_decision_reject"')
    m.node('serviceTask', 'decideRecord', 19, 1, 'Ghi người ký quyết định', ' camunda:type="external" camunda:topic="signature.record"', inputs({'step': 'decide'}))
    for t in final:
        m.node(*t)
    if reject_project:
        m.node('serviceTask', 'reject', 19, 3, 'Ghi từ chối', ' camunda:type="external" camunda:topic="project.setStatus"', inputs({'status': 'Rejected'}))
    else:
        m.node('serviceTask', 'reject', 19, 3, 'Ghi từ chối', ' camunda:type="external" camunda:topic="dossier.decide"', inputs({'approved': 'false'}))
    m.node('serviceTask', 'notifyRejected', 20, 3, 'Thông báo từ chối', ' camunda:type="external" camunda:topic="notify"', inputs({'to': 'officer,leader', 'subject': 'Hồ sơ không được chấp thuận'}))
    m.node('endEvent', 'endRejected', 21, 3, 'Từ chối', '', '<bpmn:terminateEventDefinition />')
    f = m.flow
    f('receive', 'mergeCheck'); f('mergeCheck', 'check'); f('check', 'checkResult')
    f('checkResult', 'slaPause', 'Yêu cầu bổ sung', "${outcome == 'supplement'}"); f('checkResult', 'slaStart', 'Đầy đủ')
    f('slaPause', 'waitResubmit'); f('waitResubmit', 'slaResume'); f('slaResume', 'mergeCheck')
    f('slaStart', 'needConsult')
    f('needConsult', 'consult', 'Có', '${agencies.length > 0}'); f('needConsult', 'joinConsult', 'Không')
    f('remindConsult', 'notifyReminder'); f('notifyReminder', 'endReminder')
    f('consult', 'joinConsult'); f('joinConsult', 'mergeDraft'); f('mergeDraft', 'draft'); f('draft', 'review'); f('review', 'reviewResult')
    f('reviewResult', 'mergeDraft', 'Trả lại', "${outcome == 'return'}"); f('reviewResult', 'needPolicy', 'Trình ký')
    f('needPolicy', 'sign', 'Có', '${requiresPolicyApproval == true}' if policy else '${false}'); f('needPolicy', 'mergeDecide', 'Không')
    f('sign', 'signResult'); f('signResult', 'mergeDraft', 'Trả lại', "${outcome == 'return'}"); f('signResult', 'signRecord', 'Đã ký')
    f('signRecord', 'mergeDecide'); f('mergeDecide', 'decide'); f('decide', 'decision')
    f('decision', 'decideRecord', 'Chấp thuận', "${outcome == 'approve'}"); f('decision', 'mergeDraft', 'Trả lại', "${outcome == 'return'}")
    f('decision', 'reject', 'Từ chối')
    f('reject', 'notifyRejected'); f('notifyRejected', 'endRejected')
    return m

CHAIN_DOC = (' Chuỗi phê duyệt: chuyên viên dự thảo báo cáo thẩm định và tờ trình → Trưởng phòng xem xét (vai trò approver) → '
             '[khi dự án thuộc diện Chủ tịch UBND tỉnh chấp thuận chủ trương: Giám đốc Sở ký tờ trình] → người có thẩm quyền quyết định '
             '(Chủ tịch UBND tỉnh; hoặc Giám đốc Sở Tài chính / Trưởng ban Ban quản lý các KCN khi dự án trong KCN, KCX, KCNC cấp GCNĐKĐT). '
             'Mỗi cấp có thể trả lại kèm ý kiến; người ký, ký thay (KT.) hoặc ký thừa lệnh (TL.) và người giao ký được ghi vào lịch sử và in trên quyết định.')

def irc_new(frm, to, basis, tag, doc_extra):
    final = [
        ('serviceTask', 'approve', 20, 1, 'Cấp số và ghi sổ đăng ký', ' camunda:type="external" camunda:topic="issue-certificate-number"', inputs({'event': 'NewRegistration'})),
        ('exclusiveGateway', 'companyFirst', 21, 1, 'Doanh nghiệp thành lập sau GCNĐKĐT?', ' default="Flow_companyFirst_notifyApproved"'),
        ('serviceTask', 'notifyCompany', 21, 2, 'Hướng dẫn nhà đầu tư đăng ký thành lập doanh nghiệp', ' camunda:type="external" camunda:topic="notify"',
         inputs({'to': 'officer', 'subject': 'Nhà đầu tư cần đăng ký thành lập tổ chức kinh tế sau khi được cấp GCNĐKĐT'})),
        ('serviceTask', 'notifyApproved', 22, 1, 'Thông báo nhà đầu tư', ' camunda:type="external" camunda:topic="notify"', inputs({'to': 'officer,leader', 'subject': 'Hồ sơ đã được chấp thuận'})),
        ('endEvent', 'endApproved', 23, 1, 'Đã cấp', '', '<bpmn:terminateEventDefinition />'),
    ]
    m = build('fdi-irc-new', '${requiresPolicyApproval ? legal.policyApprovalProvincePeriod : legal.ircIssuePeriod}',
              "${requiresPolicyApproval ? 'policyApprovalProvincePeriod' : 'ircIssuePeriod'}", final, True)
    m.flow('decideRecord', 'approve'); m.flow('approve', 'companyFirst')
    m.flow('companyFirst', 'notifyCompany', 'Thành lập sau', "${companyRegistration == 'after'}"); m.flow('companyFirst', 'notifyApproved', 'Đã thành lập trước')
    m.flow('notifyCompany', 'notifyApproved'); m.flow('notifyApproved', 'endApproved')
    doc = ('Cấp mới GCNĐKĐT theo Luật Đầu tư 143/2025/QH15' + tag + '. Thời hạn lấy từ tham số pháp lý tại ngày nhận hồ sơ: '
           'ircIssuePeriod (không thuộc diện chấp thuận chủ trương) hoặc policyApprovalProvincePeriod (Chủ tịch UBND tỉnh chấp thuận chủ trương cho các nhóm dự án Luật giao cho tỉnh, Điều 24; biến requiresPolicyApproval). '
           'Nhà đầu tư được thành lập doanh nghiệp trước hoặc sau khi được cấp GCNĐKĐT (biến companyRegistration = before | after; nếu trước thì GCNĐKĐT trong ircAfterCompanyMonths tháng). '
           'Dự án trong KCN, KCX, KCNC (biến inZone): Ban quản lý các KCN là cơ quan cấp.' + CHAIN_DOC + doc_extra)
    return m.xml('fdi-irc-new', 'Cấp mới Giấy chứng nhận đăng ký đầu tư (dự án FDI)', basis, frm, to, doc)

def irc_adjust(frm, to, basis, tag, doc_extra):
    final = [
        ('serviceTask', 'approve', 20, 1, 'Ghi điều chỉnh vào sổ đăng ký', ' camunda:type="external" camunda:topic="issue-certificate-number"', inputs({'event': 'Adjustment'})),
        ('serviceTask', 'notifyApproved', 21, 1, 'Thông báo nhà đầu tư', ' camunda:type="external" camunda:topic="notify"', inputs({'to': 'officer,leader', 'subject': 'Hồ sơ đã được chấp thuận'})),
        ('endEvent', 'endApproved', 22, 1, 'Đã điều chỉnh', '', '<bpmn:terminateEventDefinition />'),
    ]
    # A capital change needs a policy adjustment only while the threshold parameter is above zero (Law 61/2020 Art. 41(3): 20 %; abolished by Law 143/2025).
    m = build('fdi-irc-adjust', '${legal.ircAdjustPeriod}', 'ircAdjustPeriod', final, True, False)
    m.flow('decideRecord', 'approve'); m.flow('approve', 'notifyApproved'); m.flow('notifyApproved', 'endApproved')
    # the policy path is taken only when the project's policy must be adjusted by the Chairperson
    for i, fl in enumerate(m.flows):
        if fl[0] == 'Flow_needPolicy_sign':
            m.flows[i] = (fl[0], fl[1], fl[2], fl[3], '${requiresPolicyApproval == true || (legal.policyAdjustmentCapitalPercent > 0 && Math.abs(capitalChangePercent) >= legal.policyAdjustmentCapitalPercent)}')
    doc = ('Điều chỉnh GCNĐKĐT theo Luật Đầu tư 143/2025/QH15' + tag + '. Thời hạn: tham số ircAdjustPeriod tại ngày nhận hồ sơ. '
           'Không còn phải điều chỉnh chủ trương đầu tư chỉ vì tổng vốn thay đổi từ 20 % trở lên (tham số policyAdjustmentCapitalPercent = 0 từ 01/03/2026; '
           'điều kiện trong mô hình đọc tham số này, biến capitalChangePercent). Dự án trong KCN, KCX, KCNC: Ban quản lý các KCN điều chỉnh.' + CHAIN_DOC + doc_extra)
    return m.xml('fdi-irc-adjust', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư', basis, frm, to, doc)

def capital(frm, to, basis, tag, doc_extra):
    final = [
        ('serviceTask', 'approve', 20, 1, 'Ghi thông báo góp vốn, mua cổ phần', ' camunda:type="external" camunda:topic="capital-contribution.record"', ' '),
        ('serviceTask', 'notifyApproved', 21, 1, 'Thông báo nhà đầu tư', ' camunda:type="external" camunda:topic="notify"', inputs({'to': 'officer,leader', 'subject': 'Hồ sơ đã được chấp thuận'})),
        ('endEvent', 'endApproved', 22, 1, 'Đã đăng ký', '', '<bpmn:terminateEventDefinition />'),
    ]
    m = build('fdi-capital-contribution', '${legal.capitalContributionPeriod}', 'capitalContributionPeriod', final, False, False)
    m.flow('decideRecord', 'approve'); m.flow('approve', 'notifyApproved'); m.flow('notifyApproved', 'endApproved')
    doc = ('Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài theo Luật Đầu tư 143/2025/QH15' + tag +
           '. Thời hạn: tham số capitalContributionPeriod tại ngày nhận hồ sơ. Không qua UBND tỉnh: Giám đốc Sở Tài chính (hoặc Trưởng ban Ban quản lý các KCN) quyết định.' + CHAIN_DOC + doc_extra)
    return m.xml('fdi-capital-contribution', 'Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài', basis, frm, to, doc)

B3 = ('Luật Đầu tư 143/2025/QH15 (Law on Investment 143/2025/QH15), hiệu lực 01/03/2026, thay thế Luật 61/2020; Nghị định 31/2021/NĐ-CP '
      'và Nghị định 239/2025/NĐ-CP tiếp tục hướng dẫn đến 30/03/2026. ')
B4 = ('Luật Đầu tư 143/2025/QH15 và Nghị định 96/2026/NĐ-CP (Decree 96/2026/ND-CP, hiệu lực 31/03/2026, thay thế Nghị định 31/2021, 19/2025 và 239/2025). ')
U3 = ' Thời hạn theo Luật mới: CHƯA XÁC NHẬN (unconfirmed) — giữ giá trị xác nhận gần nhất.'
U4 = ' Thời hạn theo Nghị định 96/2026: CHƯA XÁC NHẬN (unconfirmed) — giữ giá trị xác nhận gần nhất, sửa được trong Tham số pháp lý.'
files = {
    'fdi-irc-new.v3.bpmn': irc_new('2026-03-01', '2026-03-30', B3 + 'Cấp mới GCNĐKĐT: 10 ngày (Nghị định 239/2025, Điều 1(9),(10),(12)).' + U3, ' (từ 01/03/2026)', ''),
    'fdi-irc-new.v4.bpmn': irc_new('2026-03-31', None, B4 + 'Cấp mới GCNĐKĐT: 10 ngày (một nguồn thương mại: 10 ngày làm việc, Điều 39).' + U4, ' và Nghị định 96/2026/NĐ-CP (từ 31/03/2026)', ''),
    'fdi-irc-adjust.v2.bpmn': irc_adjust('2026-03-01', '2026-03-30', B3 + 'Điều chỉnh GCNĐKĐT: 10 ngày làm việc (Nghị định 31/2021, điều khoản chưa xác nhận).' + U3, ' (từ 01/03/2026)', ''),
    'fdi-irc-adjust.v3.bpmn': irc_adjust('2026-03-31', None, B4 + 'Điều chỉnh GCNĐKĐT: 10 ngày làm việc.' + U4, ' và Nghị định 96/2026/NĐ-CP (từ 31/03/2026)', ''),
    'fdi-capital-contribution.v2.bpmn': capital('2026-03-01', '2026-03-30', B3 + 'Đăng ký góp vốn: 15 ngày (Nghị định 31/2021, Điều 66(3)).', ' (từ 01/03/2026)', ''),
    'fdi-capital-contribution.v3.bpmn': capital('2026-03-31', None, B4 + 'Đăng ký góp vốn: 15 ngày.' + U4, ' và Nghị định 96/2026/NĐ-CP (từ 31/03/2026)', ''),
}
if __name__ == '__main__':
    for name, text in files.items():
        open(OUT + name, 'w').write(text)
    print('ok')
