#pragma once

#include <QElapsedTimer>
#include <QObject>

class QComboBox;

// Typing on a closed combo box picks the first item whose text, full pinyin or pinyin initials start with what was
// typed in the last second: "b" picks 冰箱, "jsq" 净水器, "hai" 海淀区, as a clerk types without looking. Whatever
// Qt's own search would not find falls through to it unchanged.
class ComboTyping : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `combo` (and is deleted with it)
    static void install(QComboBox *combo);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ComboTyping(QComboBox *combo);
    QComboBox *m_combo;
    QString m_typed;
    QElapsedTimer m_sinceLast;
};
