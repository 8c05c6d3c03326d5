#include "ComboTyping.h"

#include "domain/Pinyin.h"

#include <QComboBox>
#include <QKeyEvent>

ComboTyping::ComboTyping(QComboBox *combo) : QObject(combo), m_combo(combo)
{
    combo->installEventFilter(this);
}

void ComboTyping::install(QComboBox *combo)
{
    new ComboTyping(combo);
}

bool ComboTyping::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_combo || event->type() != QEvent::KeyPress || m_combo->isEditable())
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QString text = key->text().toLower();
    if (text.size() != 1 || !text.at(0).isLetterOrNumber() ||
        (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    if (!m_sinceLast.isValid() || m_sinceLast.elapsed() > 1000)
        m_typed.clear();
    m_sinceLast.start();
    m_typed += text;
    for (int i = 0; i < m_combo->count(); ++i) {
        const QString item = m_combo->itemText(i);
        if (item.toLower().startsWith(m_typed) || Pinyin::initials(item).startsWith(m_typed) ||
            Pinyin::full(item).startsWith(m_typed)) {
            m_combo->setCurrentIndex(i);
            return true;
        }
    }
    return true; // nothing matches: the choice stays as it was
}
