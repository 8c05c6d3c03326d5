#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;

// The callback script on screen (R15): problem solved? technician on time? behaviour — 四不准? charged as the
// receipt says? satisfaction, comment. Answered from the keyboard: Y / N for the highlighted question (then the
// next one), 1 / 2 / 3 for 满意 / 基本满意 / 不满意, Backspace to go back, Enter to record, U for "not reached".
class CallbackScriptForm : public QWidget
{
    Q_OBJECT
public:
    enum Question { Solved, OnTime, BehaviourOk, ChargedAsReceipt, Satisfaction, QuestionCount };

    explicit CallbackScriptForm(QWidget *parent = nullptr);

    // Handles one of the script's keys; false when the key is not one of them.
    bool handleKey(int key);
    void reset();
    // After phone guidance nobody visited: only "solved?" and satisfaction are asked.
    void setGuidance(bool guidance);
    int currentQuestion() const { return m_current; }
    // The answers as callback.record fields (reached, solved, on_time, …); unanswered questions are left out.
    QJsonObject answers() const;
    bool complete() const;
    QString comment() const;
    QLineEdit *commentEdit() const { return m_comment; }

signals:
    void recordRequested();
    void notReachedRequested();

private:
    bool asked(int question) const;
    int next(int question) const;
    void setCurrent(int question);
    void answer(int question, int button);

    QButtonGroup *m_groups[QuestionCount];
    QLabel *m_labels[QuestionCount];
    QStringList m_questions; // as asked, without their number
    QWidget *m_rows[QuestionCount];
    QLineEdit *m_comment;
    int m_current = Solved;
    bool m_guidance = false;
};
