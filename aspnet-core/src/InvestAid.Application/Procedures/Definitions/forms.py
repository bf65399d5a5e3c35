# Binds the shipped Camunda Forms (../Forms/*.form) to the user tasks of the procedure versions in force:
#   python3 forms.py fdi-capital-contribution.v3.bpmn fdi-irc-adjust.v3.bpmn fdi-irc-new.v4.bpmn ngo-aid-approval.v2.bpmn oda-annual-plan.v2.bpmn oda-proposal.v2.bpmn
# Run it after generate*.py and english_names.py. Each user task whose camunda:formKey is in FORMS gets
# camunda:formRef="<form id>" camunda:formRefBinding="latest" right after its formKey; a task bound already is left alone, so the
# script is idempotent. Only the versions in force get forms: an edited older version would be published again as a new version.
import re, sys

FORMS = {
    'check': 'dossier-completeness',
    'consult': 'consultation-answer',
    'draft': 'appraisal-findings',
    'decide': 'decision-record',
    'pmDecision': 'decision-record',
}

def bind(xml):
    def one(m):
        tag = m.group(0)
        key = re.search(r'camunda:formKey="([^"]*)"', tag)
        if 'camunda:formRef=' in tag or not key or key.group(1) not in FORMS:
            return tag
        attr = key.group(0)
        return tag.replace(attr, f'{attr} camunda:formRef="{FORMS[key.group(1)]}" camunda:formRefBinding="latest"', 1)
    return re.sub(r'<bpmn:userTask\b[^>]*>', one, xml)

if __name__ == '__main__':
    for path in sys.argv[1:]:
        with open(path, encoding='utf-8') as f:
            xml = f.read()
        bound = bind(xml)
        if bound != xml:
            with open(path, 'w', encoding='utf-8') as f:
                f.write(bound)
            print(f'{path}: forms bound')
