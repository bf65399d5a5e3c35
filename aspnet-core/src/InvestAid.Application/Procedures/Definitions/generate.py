# Generates the shipped procedure models with BPMN DI: python3 generate.py . (the .bpmn files are what ships; edit them in Camunda Modeler or here)
# Then add the English step names: python3 english_names.py <the generated .bpmn files>
# Then bind the shipped forms to the versions in force: python3 forms.py <those files> (see forms.py for the list)
import sys, os
from xml.sax.saxutils import escape, quoteattr
OUT = sys.argv[1]
SIZES = {'task': (100, 80), 'event': (36, 36), 'gateway': (50, 50)}
def kind(t):
    if t in ('startEvent','endEvent','terminateEnd','messageCatch','boundaryTimer'): return 'event'
    if t in ('exclusiveGateway','parallelGateway'): return 'gateway'
    return 'task'

class Model:
    def __init__(s, key, name, basis, efrom, eto, doc):
        s.key, s.name, s.basis, s.efrom, s.eto, s.doc = key, name, basis, efrom, eto, doc
        s.nodes, s.flows, s.messages = [], [], set()
    def node(s, id, t, name, cx, cy, **kw):
        s.nodes.append(dict(id=id, t=t, name=name, cx=cx, cy=cy, **kw))
        if 'message' in kw: s.messages.add(kw['message'])
        return id
    def flow(s, src, dst, cond=None, name=None, via=None):
        fid = f"Flow_{src}_{dst}"; s.flows.append(dict(id=fid, src=src, dst=dst, cond=cond, name=name, via=via)); return fid
    def n(s, id): return next(x for x in s.nodes if x['id'] == id)
    def bounds(s, x):
        w, h = SIZES[kind(x['t'])]; return (x['cx'] - w/2, x['cy'] - h/2, w, h)

    def xml(s):
        o = []
        o.append('<?xml version="1.0" encoding="UTF-8"?>')
        o.append('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
                 'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
                 'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:ia="http://investaid.vn/schema/bpmn" '
                 f'id="Definitions_{s.key}" targetNamespace="http://investaid.vn/procedures" exporter="InvestAid" exporterVersion="1">')
        for m in sorted(s.messages):
            o.append(f'  <bpmn:message id="Message_{m}" name="{m}" />')
        attrs = f'ia:legalBasis={quoteattr(s.basis)} ia:effectiveFrom="{s.efrom}"' + (f' ia:effectiveTo="{s.eto}"' if s.eto else '')
        o.append(f'  <bpmn:process id="{s.key}" name={quoteattr(s.name)} isExecutable="true" {attrs}>')
        o.append(f'    <bpmn:documentation>{escape(s.doc)}</bpmn:documentation>')
        for x in s.nodes:
            o.append(s.node_xml(x))
        for f in s.flows:
            nm = f' name={quoteattr(f["name"])}' if f['name'] else ''
            if f['cond']:
                o.append(f'    <bpmn:sequenceFlow id="{f["id"]}"{nm} sourceRef="{f["src"]}" targetRef="{f["dst"]}">'
                         f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{escape(f["cond"])}</bpmn:conditionExpression></bpmn:sequenceFlow>')
            else:
                o.append(f'    <bpmn:sequenceFlow id="{f["id"]}"{nm} sourceRef="{f["src"]}" targetRef="{f["dst"]}" />')
        o.append('  </bpmn:process>')
        o.append(f'  <bpmndi:BPMNDiagram id="Diagram_{s.key}">')
        o.append(f'    <bpmndi:BPMNPlane id="Plane_{s.key}" bpmnElement="{s.key}">')
        for x in s.nodes:
            bx, by, w, h = s.bounds(x)
            extra = ' isMarkerVisible="true"' if x['t'] == 'exclusiveGateway' else ''
            o.append(f'      <bpmndi:BPMNShape id="{x["id"]}_di" bpmnElement="{x["id"]}"{extra}><dc:Bounds x="{bx:g}" y="{by:g}" width="{w}" height="{h}" />'
                     + (f'<bpmndi:BPMNLabel><dc:Bounds x="{bx-20:g}" y="{by+h+4:g}" width="{w+40}" height="27" /></bpmndi:BPMNLabel>' if kind(x['t']) != 'task' and x['name'] else '')
                     + '</bpmndi:BPMNShape>')
        for f in s.flows:
            pts = s.route(f)
            o.append(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">' + ''.join(f'<di:waypoint x="{int(px)}" y="{int(py)}" />' for px, py in pts) + '</bpmndi:BPMNEdge>')
        o.append('    </bpmndi:BPMNPlane>')
        o.append('  </bpmndi:BPMNDiagram>')
        o.append('</bpmn:definitions>')
        return '\n'.join(o) + '\n'

    def route(s, f):
        a, b = s.n(f['src']), s.n(f['dst'])
        ax, ay, aw, ah = s.bounds(a); bx, by, bw, bh = s.bounds(b)
        if a['t'] == 'boundaryTimer':  # leaves downwards
            start = (a['cx'], ay + ah)
            if abs(b['cx'] - a['cx']) < 1: return [start, (b['cx'], by)]
            return [start, (a['cx'], b['cy']), (bx, b['cy'])]
        if f['via'] is not None:  # back edge or detour along a horizontal line
            y = f['via']
            sy = ay if y < a['cy'] else ay + ah
            ty = by if y < b['cy'] else by + bh
            return [(a['cx'], sy), (a['cx'], y), (b['cx'], y), (b['cx'], ty)]
        if abs(a['cx'] - b['cx']) < 1:
            return [(a['cx'], ay + ah), (b['cx'], by)] if a['cy'] < b['cy'] else [(a['cx'], ay), (b['cx'], by + bh)]
        if abs(a['cy'] - b['cy']) < 1:
            return [(ax + aw, a['cy']), (bx, b['cy'])] if a['cx'] < b['cx'] else [(ax, a['cy']), (bx + bw, b['cy'])]
        if kind(a['t']) == 'gateway':  # leave from top/bottom, then right
            sy = ay if b['cy'] < a['cy'] else ay + ah
            return [(a['cx'], sy), (a['cx'], b['cy']), (bx, b['cy'])]
        # enter the target from top/bottom
        ty = by if a['cy'] < b['cy'] else by + bh
        return [(ax + aw, a['cy']), (b['cx'], a['cy']), (b['cx'], ty)]

    def node_xml(s, x):
        id, t, name = x['id'], x['t'], x['name']
        nm = f' name={quoteattr(name)}' if name else ''
        if t == 'startEvent': return f'    <bpmn:startEvent id="{id}"{nm} />'
        if t == 'endEvent': return f'    <bpmn:endEvent id="{id}"{nm} />'
        if t == 'terminateEnd': return f'    <bpmn:endEvent id="{id}"{nm}><bpmn:terminateEventDefinition /></bpmn:endEvent>'
        if t == 'exclusiveGateway':
            d = f' default="{x["default"]}"' if x.get('default') else ''
            return f'    <bpmn:exclusiveGateway id="{id}"{nm}{d} />'
        if t == 'messageCatch':
            s.messages.add(x['message'])
            return f'    <bpmn:intermediateCatchEvent id="{id}"{nm}><bpmn:messageEventDefinition messageRef="Message_{x["message"]}" /></bpmn:intermediateCatchEvent>'
        if t == 'boundaryTimer':
            ci = '' if x['interrupting'] else ' cancelActivity="false"'
            return (f'    <bpmn:boundaryEvent id="{id}"{nm}{ci} attachedToRef="{x["attached"]}">'
                    f'<bpmn:timerEventDefinition><bpmn:timeDuration>{x["duration"]}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>')
        if t == 'serviceTask':
            ins = ''.join(f'<camunda:inputParameter name="{k}">{escape(v)}</camunda:inputParameter>' for k, v in x.get('inputs', {}).items())
            ext = f'<bpmn:extensionElements><camunda:inputOutput>{ins}</camunda:inputOutput></bpmn:extensionElements>' if ins else ''
            return f'    <bpmn:serviceTask id="{id}"{nm} camunda:type="external" camunda:topic="{x["handler"]}">{ext}</bpmn:serviceTask>'
        if t == 'businessRuleTask':
            ins = ''.join(f'<camunda:inputParameter name="{k}">{escape(v)}</camunda:inputParameter>' for k, v in x.get('inputs', {}).items())
            ext = f'<bpmn:extensionElements><camunda:inputOutput>{ins}</camunda:inputOutput></bpmn:extensionElements>' if ins else ''
            return (f'    <bpmn:businessRuleTask id="{id}"{nm} camunda:decisionRef="{x["decision"]}" camunda:mapDecisionResult="singleResult" '
                    f'camunda:resultVariable="{x["result"]}">{ext}</bpmn:businessRuleTask>')
        if t == 'userTask':
            a = ''
            if x.get('groups'): a += f' camunda:candidateGroups={quoteattr(x["groups"])}'
            if x.get('due'): a += f' camunda:dueDate={quoteattr(x["due"])}'
            if x.get('outcomes'): a += f' ia:outcomes="{x["outcomes"]}"'
            a += f' camunda:formKey="{x.get("form", id)}"'
            body = ''
            if x.get('collection'):
                body = f'<bpmn:multiInstanceLoopCharacteristics camunda:collection="{x["collection"]}" camunda:elementVariable="{x["element"]}" />'
            return f'    <bpmn:userTask id="{id}"{nm}{a}>{body}</bpmn:userTask>' if body else f'    <bpmn:userTask id="{id}"{nm}{a} />'
        raise ValueError(t)

def write(m, file):
    with open(os.path.join(OUT, file), 'w', encoding='utf-8') as fh: fh.write(m.xml())

Y, LOW, HIGH = 240, 420, 90

def check_loop(m, x0, sla_limit, sla_unit):
    """receive → merge → completeness check → (supplement: pause clock, wait for resubmission, resume) → start clock."""
    m.node('receive', 'startEvent', 'Tiếp nhận hồ sơ', x0, Y)
    m.node('mergeCheck', 'exclusiveGateway', None, x0 + 90, Y)
    m.node('check', 'userTask', 'Kiểm tra tính đầy đủ, hợp lệ của hồ sơ', x0 + 200, Y, groups='officer', outcomes='complete,supplement')
    m.node('checkResult', 'exclusiveGateway', 'Hồ sơ đầy đủ?', x0 + 330, Y, default='Flow_checkResult_slaStart')
    m.node('slaPause', 'serviceTask', 'Dừng tính thời hạn (yêu cầu bổ sung)', x0 + 330, LOW, handler='sla.pause')
    m.node('waitResubmit', 'messageCatch', 'Nhận hồ sơ bổ sung', x0 + 200, LOW, message='resubmitted')
    m.node('slaResume', 'serviceTask', 'Tiếp tục tính thời hạn', x0 + 90, LOW, handler='sla.resume')
    m.node('slaStart', 'serviceTask', 'Bắt đầu tính thời hạn giải quyết', x0 + 450, Y, handler='sla.start', inputs={'limit': str(sla_limit), 'unit': sla_unit})
    m.flow('receive', 'mergeCheck'); m.flow('mergeCheck', 'check'); m.flow('check', 'checkResult')
    m.flow('checkResult', 'slaPause', "${outcome == 'supplement'}", 'Yêu cầu bổ sung')
    m.flows[-1]['via'] = None
    m.flow('checkResult', 'slaStart', None, 'Đầy đủ')
    m.flow('slaPause', 'waitResubmit'); m.flow('waitResubmit', 'slaResume')
    m.flow('slaResume', 'mergeCheck')
    # the three LOW-row edges run right-to-left: give them straight horizontal routes
    return x0 + 450

def consult(m, cx, escalation=True):
    m.node('consult', 'userTask', 'Lấy ý kiến cơ quan liên quan', cx, Y, groups="${'agency:' + agency}", due='${consultationDue}',
           outcomes='agree,disagree', collection='agencies', element='agency')
    m.node('remindConsult', 'boundaryTimer', 'Nhắc trước hạn 2 ngày làm việc', cx - 30, Y + 40, attached='consult', interrupting=False, duration='${consultationReminder}')
    m.node('notifyReminder', 'serviceTask', 'Nhắc cơ quan chưa trả lời', cx - 30, LOW + 30, handler='notify',
           inputs={'to': '${agencies.map(function (a) { return "agency:" + a; }).join(",")}', 'subject': 'Sắp hết hạn trả lời ý kiến về hồ sơ'})
    m.node('endReminder', 'endEvent', None, cx - 30, LOW + 150)
    m.flow('remindConsult', 'notifyReminder'); m.flow('notifyReminder', 'endReminder')
    if escalation:
        m.node('escalateConsult', 'boundaryTimer', 'Quá hạn lấy ý kiến', cx + 30, Y + 40, attached='consult', interrupting=False, duration='${consultationDue}')
        m.node('escalation', 'userTask', 'Xử lý quá hạn lấy ý kiến', cx + 110, LOW + 30, groups='leader', form='escalation')
        m.node('endEscalation', 'endEvent', None, cx + 110, LOW + 150)
        m.flow('escalateConsult', 'escalation'); m.flow('escalation', 'endEscalation')

def fix_low_row(m):
    for f in m.flows:
        a, b = m.n(f['src']), m.n(f['dst'])
        if f['src'] == 'slaResume' and f['dst'] == 'mergeCheck':
            pass

def ngo(version, basis, efrom, eto, note, authority=False):
    m = Model('ngo-aid-approval', 'Phê duyệt viện trợ phi chính phủ nước ngoài (khoản viện trợ không thuộc ODA)', basis, efrom, eto,
              'Tiếp nhận → kiểm tra hồ sơ (yêu cầu bổ sung: dừng thời hạn, chờ hồ sơ bổ sung) → lấy ý kiến song song các cơ quan (hạn trả lời do tỉnh quy định, '
              'mặc định 10 ngày làm việc; nhắc trước 2 ngày; quá hạn: giao lãnh đạo xử lý, không huỷ việc lấy ý kiến) → báo cáo thẩm định → lãnh đạo quyết định '
              '(phê duyệt / từ chối / trả lại) → ghi quyết định vào dự án → thông báo; thông báo nhà tài trợ trong 5 ngày. Thời hạn thẩm định 20 ngày kể từ khi hồ sơ đầy đủ. ' + note)
    x = check_loop(m, 160, 20, 'CalendarDays')
    consult(m, x + 150)
    m.node('appraise', 'userTask', 'Lập báo cáo thẩm định', x + 330, Y, groups='officer')
    d = 150 if authority else 0
    if authority:
        # The approving authority and the PMU option by amount and field (DMN); the threshold is a legal parameter.
        m.node('authority', 'businessRuleTask', 'Xác định cấp phê duyệt', x + 480, Y, decision='ngo-aid-approval-authority', result='aidApproval',
               inputs={'pmuThresholdUsd': '${200000}'})
    m.node('decide', 'userTask', 'Lãnh đạo quyết định', x + 480 + d, Y, groups='leader', outcomes='approve,reject,return')
    m.node('decision', 'exclusiveGateway', 'Quyết định?', x + 610 + d, Y)
    m.node('setApproved', 'serviceTask', 'Ghi quyết định phê duyệt vào dự án', x + 730 + d, Y, handler='project.setStatus', inputs={'status': 'Approved'})
    m.node('notifyApproved', 'serviceTask', 'Thông báo các bên liên quan', x + 880 + d, Y, handler='notify',
           inputs={'to': 'officer,leader,owner', 'subject': 'Khoản viện trợ đã được phê duyệt'})
    m.node('notifyDonor', 'userTask', 'Thông báo nhà tài trợ', x + 1030 + d, Y, groups='officer', due='P5D')
    m.node('endApproved', 'terminateEnd', 'Đã phê duyệt', x + 1160 + d, Y)
    m.node('setRejected', 'serviceTask', 'Ghi quyết định từ chối vào dự án', x + 730 + d, LOW, handler='project.setStatus', inputs={'status': 'Rejected'})
    m.node('notifyRejected', 'serviceTask', 'Thông báo từ chối', x + 880 + d, LOW, handler='notify',
           inputs={'to': 'officer,leader,owner', 'subject': 'Khoản viện trợ không được phê duyệt'})
    m.node('endRejected', 'terminateEnd', 'Không phê duyệt', x + 1030 + d, LOW)
    m.flow('slaStart', 'consult'); m.flow('consult', 'appraise')
    if authority: m.flow('appraise', 'authority'); m.flow('authority', 'decide')
    else: m.flow('appraise', 'decide')
    m.flow('decide', 'decision')
    m.flow('decision', 'setApproved', "${outcome == 'approve'}", 'Phê duyệt')
    m.flow('decision', 'setRejected', "${outcome == 'reject'}", 'Từ chối')
    m.flow('decision', 'mergeCheck', "${outcome == 'return'}", 'Trả lại', via=HIGH)
    m.flow('setApproved', 'notifyApproved'); m.flow('notifyApproved', 'notifyDonor'); m.flow('notifyDonor', 'endApproved')
    m.flow('setRejected', 'notifyRejected'); m.flow('notifyRejected', 'endRejected')
    write(m, f'ngo-aid-approval.v{version}.bpmn')

def fdi(key, file, name, basis, efrom, eto, limit, unit, approve_handler, approve_inputs, reject_handler, reject_inputs, doc):
    m = Model(key, name, basis, efrom, eto, doc)
    x = check_loop(m, 160, limit, unit)
    m.node('needConsult', 'exclusiveGateway', 'Cần lấy ý kiến?', x + 110, Y, default='Flow_needConsult_joinConsult')
    consult(m, x + 230, escalation=False)
    m.node('joinConsult', 'exclusiveGateway', None, x + 350, Y)
    m.node('decide', 'userTask', 'Lãnh đạo quyết định', x + 470, Y, groups='leader', outcomes='approve,reject')
    m.node('decision', 'exclusiveGateway', 'Quyết định?', x + 600, Y, default='Flow_decision_reject')
    m.node('approve', 'serviceTask', 'Cấp số và ghi sổ đăng ký', x + 720, Y, handler=approve_handler, inputs=approve_inputs)
    m.node('notifyApproved', 'serviceTask', 'Thông báo nhà đầu tư', x + 870, Y, handler='notify', inputs={'to': 'officer,leader', 'subject': 'Hồ sơ đã được chấp thuận'})
    m.node('endApproved', 'terminateEnd', 'Đã cấp', x + 1000, Y)
    m.node('reject', 'serviceTask', 'Ghi từ chối', x + 720, LOW, handler=reject_handler, inputs=reject_inputs)
    m.node('notifyRejected', 'serviceTask', 'Thông báo từ chối', x + 870, LOW, handler='notify', inputs={'to': 'officer,leader', 'subject': 'Hồ sơ không được chấp thuận'})
    m.node('endRejected', 'terminateEnd', 'Từ chối', x + 1000, LOW)
    m.flow('slaStart', 'needConsult')
    m.flow('needConsult', 'consult', '${agencies.length > 0}', 'Có')
    m.flows[-1]['via'] = HIGH + 40
    m.flow('needConsult', 'joinConsult', None, 'Không', via=HIGH - 10)
    m.flow('consult', 'joinConsult'); m.flow('joinConsult', 'decide'); m.flow('decide', 'decision')
    m.flow('decision', 'approve', "${outcome == 'approve'}", 'Chấp thuận')
    m.flow('decision', 'reject', None, 'Từ chối')
    m.flow('approve', 'notifyApproved'); m.flow('notifyApproved', 'endApproved')
    m.flow('reject', 'notifyRejected'); m.flow('notifyRejected', 'endRejected')
    write(m, file)

def oda(key, name, basis, efrom, eto, approve_handler, approve_inputs, reject_handler, reject_inputs, doc):
    m = Model(key, name, basis, efrom, eto, doc)
    m.node('receive', 'startEvent', 'Bắt đầu', 160, Y)
    m.node('mergePrepare', 'exclusiveGateway', None, 250, Y)
    m.node('prepare', 'userTask', 'Chủ dự án lập hồ sơ', 370, Y, groups='owner')
    m.node('appraise', 'userTask', 'Sở Tài chính thẩm định', 520, Y, groups='officer', outcomes='pass,return')
    m.node('appraisal', 'exclusiveGateway', 'Đạt?', 650, Y, default='Flow_appraisal_decide')
    m.node('decide', 'userTask', 'UBND tỉnh phê duyệt', 770, Y, groups='leader', outcomes='approve,reject,return')
    m.node('decision', 'exclusiveGateway', 'Quyết định?', 900, Y)
    m.node('approve', 'serviceTask', 'Ghi quyết định phê duyệt', 1020, Y, handler=approve_handler, inputs=approve_inputs)
    m.node('notifyApproved', 'serviceTask', 'Thông báo chủ dự án', 1170, Y, handler='notify', inputs={'to': 'owner,officer', 'subject': 'Đã phê duyệt'})
    m.node('endApproved', 'terminateEnd', 'Đã phê duyệt', 1300, Y)
    m.node('reject', 'serviceTask', 'Ghi quyết định từ chối', 1020, LOW, handler=reject_handler, inputs=reject_inputs)
    m.node('notifyRejected', 'serviceTask', 'Thông báo chủ dự án', 1170, LOW, handler='notify', inputs={'to': 'owner,officer', 'subject': 'Không được phê duyệt'})
    m.node('endRejected', 'terminateEnd', 'Không phê duyệt', 1300, LOW)
    m.flow('receive', 'mergePrepare'); m.flow('mergePrepare', 'prepare'); m.flow('prepare', 'appraise'); m.flow('appraise', 'appraisal')
    m.flow('appraisal', 'mergePrepare', "${outcome == 'return'}", 'Trả lại', via=HIGH)
    m.flow('appraisal', 'decide', None, 'Đạt')
    m.flow('decide', 'decision')
    m.flow('decision', 'approve', "${outcome == 'approve'}", 'Phê duyệt')
    m.flow('decision', 'reject', "${outcome == 'reject'}", 'Từ chối')
    m.flow('decision', 'mergePrepare', "${outcome == 'return'}", 'Trả lại', via=HIGH - 40)
    m.flow('approve', 'notifyApproved'); m.flow('notifyApproved', 'endApproved')
    m.flow('reject', 'notifyRejected'); m.flow('notifyRejected', 'endRejected')
    write(m, f'{key}.v1.bpmn')

ngo(1, 'Nghị định 80/2020/NĐ-CP (Decree 80/2020/ND-CP), Điều 8, 9(3), 10(1)-(6), 11(2): thẩm định 20 ngày kể từ khi nhận đủ hồ sơ hợp lệ; thông báo nhà tài trợ trong 5 ngày sau phê duyệt',
    '2020-09-17', '2025-12-07', 'Cơ quan chủ trì: Sở Kế hoạch và Đầu tư (từ 01/03/2025: Sở Tài chính).')
ngo(2, 'Nghị định 313/2025/NĐ-CP (Decree 313/2025/ND-CP), hiệu lực 08/12/2025, thay thế Nghị định 80/2020. CHƯA XÁC NHẬN (unconfirmed): các bước và thời hạn giữ như Nghị định 80/2020 (Điều 8-11), tên cơ quan theo tổ chức hiện hành (Sở Tài chính)',
    '2025-12-08', None, 'Cơ quan chủ trì: Sở Tài chính. Bước và thời hạn chưa xác nhận theo Nghị định 313/2025 — cấu hình được.', authority=True)
new_doc = 'Cấp mới Giấy chứng nhận đăng ký đầu tư: tiếp nhận → kiểm tra → (lấy ý kiến) → quyết định → cấp số GCNĐKĐT và ghi bút toán cấp mới vốn đăng ký (biến capitalUsd, capitalVnd) trong cùng giao dịch.'
fdi('fdi-irc-new', 'fdi-irc-new.v1.bpmn', 'Cấp mới Giấy chứng nhận đăng ký đầu tư (dự án FDI)',
    'Luật Đầu tư 61/2020/QH14 (Law on Investment 61/2020/QH14), Điều 38(1): 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', '2021-01-01', '2025-09-02',
    15, 'CalendarDays', 'issue-certificate-number', {'event': 'NewRegistration'}, 'project.setStatus', {'status': 'Rejected'}, new_doc)
fdi('fdi-irc-new', 'fdi-irc-new.v2.bpmn', 'Cấp mới Giấy chứng nhận đăng ký đầu tư (dự án FDI)',
    'Nghị định 239/2025/NĐ-CP (Decree 239/2025/ND-CP, sửa đổi Nghị định 31/2021), Điều 1(9),(10),(12): 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ. Luật Đầu tư 2025 (hiệu lực 01/03/2026): thời hạn chưa xác nhận', '2025-09-03', '2026-02-28',
    10, 'CalendarDays', 'issue-certificate-number', {'event': 'NewRegistration'}, 'project.setStatus', {'status': 'Rejected'}, new_doc)
fdi('fdi-irc-adjust', 'fdi-irc-adjust.v1.bpmn', 'Điều chỉnh Giấy chứng nhận đăng ký đầu tư (không thuộc diện chấp thuận chủ trương)',
    'Nghị định 31/2021/NĐ-CP (Decree 31/2021/ND-CP): 10 ngày làm việc (điều khoản chưa xác nhận — unconfirmed); sau Nghị định 239/2025 tỉnh công bố 3 hoặc 7 ngày làm việc (chưa xác nhận)', '2021-03-26', '2026-02-28',
    10, 'WorkingDays', 'issue-certificate-number', {'event': 'Adjustment'}, 'dossier.decide', {'approved': 'false'},
    'Điều chỉnh GCNĐKĐT: tiếp nhận → kiểm tra → (lấy ý kiến) → quyết định → cấp số và ghi bút toán điều chỉnh vốn (biến capitalChangeUsd, capitalChangeVnd).')
fdi('fdi-capital-contribution', 'fdi-capital-contribution.v1.bpmn', 'Đăng ký góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài',
    'Nghị định 31/2021/NĐ-CP (Decree 31/2021/ND-CP), Điều 66(3): 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ', '2021-03-26', '2026-02-28',
    15, 'CalendarDays', 'capital-contribution.record', {}, 'dossier.decide', {'approved': 'false'},
    'Đăng ký góp vốn/mua cổ phần: tiếp nhận → kiểm tra → (lấy ý kiến) → quyết định → ghi thông báo góp vốn (investorName, countryCode, targetEnterprise, valueUsd).')
oda('oda-proposal', 'Đề xuất chương trình, dự án sử dụng vốn ODA, vốn vay ưu đãi',
    'Nghị định 114/2021/NĐ-CP (sửa đổi bởi Nghị định 20/2023/NĐ-CP), đến 09/09/2025', '2021-12-16', '2025-09-09',
    'project.setStatus', {'status': 'Approved'}, 'project.setStatus', {'status': 'Rejected'},
    'Chủ dự án lập đề xuất → Sở Tài chính thẩm định → UBND tỉnh phê duyệt.')
oda('oda-annual-plan', 'Kế hoạch vốn năm của dự án ODA, vốn vay ưu đãi',
    'Nghị định 16/2016/NĐ-CP và 132/2018/NĐ-CP (chế độ cũ); theo Nghị định 114/2021 chưa xác nhận — các bước cấu hình được; đến 09/09/2025', '2016-03-16', '2025-09-09',
    'dossier.decide', {'approved': 'true'}, 'dossier.decide', {'approved': 'false'},
    'Chủ dự án lập kế hoạch vốn năm → Sở Tài chính thẩm định → Chủ tịch UBND tỉnh phê duyệt.')
