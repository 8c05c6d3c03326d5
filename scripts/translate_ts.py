# Fills unfinished zh_CN translations from a table (used after lupdate adds new strings).
# Usage: python3 scripts/translate_ts.py [extra-table.py]
import sys, re
path = 'translations/dispatchdesk_zh_CN.ts'
tr = {
 "%1 is too long (%2 characters; at most %3).": "%1 太长(%2 个字符,最多 %3 个)。",
 "; ": ";",
 "Say which ticket or technician (or both) the complaint is about.": "请说明投诉针对哪张工单或哪位技师(或两者)。",
 "This complaint is closed; no more steps can be added.": "此投诉已关闭,不能再添加跟踪记录。",
 "Ticket %1 is %2; a reminder call belongs on a ticket that is still being worked on.": "工单 %1 当前为“%2”;催单只能记在仍在处理中的工单上。",
 "%1 cannot reach the next appointment at %2: this one ends at %3 and the journey takes %4 min": "%1 赶不上 %2 的下一个预约:本次预约 %3 结束,路程需要 %4 分钟",
 "%1: %2": "%1:%2",
}
tr.update(eval(open(sys.argv[1]).read()) if len(sys.argv) > 1 else {})
s = open(path, encoding='utf-8').read()
def unescape(x): return x.replace('&lt;','<').replace('&gt;','>').replace('&amp;','&').replace('&quot;','"').replace('&apos;',"'")
def escape(x): return x.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
missing = []
def fix(m):
    src = unescape(m.group(1))
    if src in tr:
        return m.group(0).replace('<translation type="unfinished"></translation>', '<translation>' + escape(tr[src]) + '</translation>')
    missing.append(src)
    return m.group(0)
s = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>', fix, s, flags=re.S)
open(path, 'w', encoding='utf-8').write(s)
print("missing:", missing)
