#pragma once

#include <QApplication>
#include <QInputMethodEvent>
#include <QWidget>

// Chinese arrives from the input method as committed text, not as key presses: type it the way an IME does.
inline void imeCommit(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent preedit(text, {});
    QApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(widget, &commit);
}
