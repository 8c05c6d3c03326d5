#include "CallbackScriptForm.h"
#include "Icons.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

CallbackScriptForm::CallbackScriptForm(QWidget *parent) : QWidget(parent), m_comment(new QLineEdit)
{
    // Numbered as asked: a phone-guidance callback asks two of the five, numbered 1 and 2 (setGuidance)
    m_questions = {tr("Is the problem solved? (问题解决了吗?)"), tr("Was the technician on time? (师傅准时到达吗?)"),
                   tr("Did the technician keep the four prohibitions — no water, cigarettes, meals or gifts? (四不准)"),
                   tr("Were you charged what the service receipt says? (收费与回执单一致吗?)"),
                   tr("How satisfied are you? (满意度)")};
    auto *grid = new QGridLayout;
    for (int q = 0; q < QuestionCount; ++q) {
        m_labels[q] = new QLabel;
        m_labels[q]->setWordWrap(true);
        m_groups[q] = new QButtonGroup(this);
        m_rows[q] = new QWidget;
        auto *row = new QHBoxLayout(m_rows[q]);
        row->setContentsMargins(0, 0, 0, 0);
        const QStringList choices = q == Satisfaction ? QStringList{tr("&1 满意 satisfied"), tr("&2 基本满意 fairly"),
                                                                    tr("&3 不满意 unsatisfied")}
                                                      : QStringList{tr("Yes (Y)"), tr("No (N)")};
        for (int i = 0; i < choices.size(); ++i) {
            auto *b = new QRadioButton(choices.at(i));
            b->setFocusPolicy(Qt::NoFocus);
            m_groups[q]->addButton(b, i);
            row->addWidget(b);
        }
        row->addStretch();
        connect(m_groups[q], &QButtonGroup::idClicked, this, [this, q] { setCurrent(next(q)); });
        grid->addWidget(m_labels[q], q, 0);
        grid->addWidget(m_rows[q], q, 1);
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    m_comment->setObjectName(QStringLiteral("callbackComment"));
    m_comment->setPlaceholderText(tr("Comment (what the customer said)"));
    auto *record = new QPushButton(Icons::get(Icons::Callback), tr("Record callback (Enter)"));
    record->setProperty("command", QStringLiteral("callback.record"));
    record->setToolTip(tr("Save the customer's answers and comment for the selected callback (Enter)"));
    record->setObjectName(QStringLiteral("recordCallback"));
    auto *notReached = new QPushButton(Icons::get(Icons::NoAnswer), tr("Not reached (U)"));
    notReached->setProperty("command", QStringLiteral("callback.record"));
    notReached->setToolTip(tr("The customer could not be reached; the attempt is recorded (U)"));
    notReached->setObjectName(QStringLiteral("notReached"));
    connect(record, &QPushButton::clicked, this, &CallbackScriptForm::recordRequested);
    connect(notReached, &QPushButton::clicked, this, &CallbackScriptForm::notReachedRequested);
    connect(m_comment, &QLineEdit::returnPressed, this, &CallbackScriptForm::recordRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_comment, 1);
    buttons->addWidget(record);
    buttons->addWidget(notReached);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    setGuidance(false);
    setCurrent(Solved);
}

bool CallbackScriptForm::asked(int question) const
{
    return !m_guidance || question == Solved || question == Satisfaction;
}

int CallbackScriptForm::next(int question) const
{
    int q = question + 1;
    while (q < QuestionCount && !asked(q))
        ++q;
    return q;
}

void CallbackScriptForm::setGuidance(bool guidance)
{
    m_guidance = guidance;
    int number = 0;
    for (int q = 0; q < QuestionCount; ++q) {
        m_labels[q]->setVisible(asked(q));
        m_rows[q]->setVisible(asked(q));
        if (asked(q))
            m_labels[q]->setText(tr("%1. %2").arg(++number).arg(m_questions.at(q)));
    }
}

void CallbackScriptForm::setCurrent(int question)
{
    m_current = qBound(0, question, int(QuestionCount));
    for (int q = 0; q < QuestionCount; ++q) {
        QFont f = m_labels[q]->font();
        f.setBold(q == m_current);
        m_labels[q]->setFont(f);
    }
    if (m_current == QuestionCount)
        m_comment->setFocus();
}

void CallbackScriptForm::answer(int question, int button)
{
    if (QAbstractButton *b = m_groups[question]->button(button))
        b->setChecked(true);
    setCurrent(next(question));
}

bool CallbackScriptForm::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Y:
    case Qt::Key_N:
        if (m_current >= Satisfaction)
            return false;
        answer(m_current, key == Qt::Key_Y ? 0 : 1);
        return true;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
        answer(Satisfaction, key - Qt::Key_1);
        return true;
    case Qt::Key_Backspace: {
        int q = m_current - 1;
        while (q > 0 && !asked(q))
            --q;
        setCurrent(q);
        return true;
    }
    case Qt::Key_U:
        emit notReachedRequested();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit recordRequested();
        return true;
    default:
        return false;
    }
}

void CallbackScriptForm::reset()
{
    for (QButtonGroup *g : m_groups) {
        g->setExclusive(false);
        for (QAbstractButton *b : g->buttons())
            b->setChecked(false);
        g->setExclusive(true);
    }
    m_comment->clear();
    setCurrent(Solved);
}

bool CallbackScriptForm::complete() const
{
    for (int q = 0; q < QuestionCount; ++q)
        if (asked(q) && m_groups[q]->checkedId() < 0)
            return false;
    return true;
}

QString CallbackScriptForm::comment() const
{
    return m_comment->text().trimmed();
}

QJsonObject CallbackScriptForm::answers() const
{
    QJsonObject a{{QStringLiteral("reached"), true}};
    const char *fields[] = {"solved", "on_time", "behaviour_ok", "charged_as_receipt"};
    for (int q = Solved; q < Satisfaction; ++q)
        if (asked(q) && m_groups[q]->checkedId() >= 0)
            a.insert(QLatin1String(fields[q]), m_groups[q]->checkedId() == 0);
    const QString satisfaction[] = {QStringLiteral("满意"), QStringLiteral("基本满意"), QStringLiteral("不满意")};
    if (m_groups[Satisfaction]->checkedId() >= 0)
        a.insert(QStringLiteral("satisfaction"), satisfaction[m_groups[Satisfaction]->checkedId()]);
    if (!comment().isEmpty())
        a.insert(QStringLiteral("comment"), comment());
    return a;
}
