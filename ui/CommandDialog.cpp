#include "CommandDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CommandDialog::CommandDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("commandDialog"));
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setObjectName(QStringLiteral("dialogError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void CommandDialog::addText(const QString &key, const QString &label, const QString &value)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(key);
    m_form->addRow(label, edit);
}

void CommandDialog::addCheck(const QString &key, const QString &label, bool checked)
{
    auto *box = new QCheckBox(label);
    box->setObjectName(key);
    box->setChecked(checked);
    m_form->addRow(QString(), box);
}

void CommandDialog::addDateTime(const QString &key, const QString &label, const QDateTime &value, int utcOffsetMinutes)
{
    m_offsetMinutes = utcOffsetMinutes;
    // The edit shows the desk's wall clock; the offset is put back when the fields are read
    const QDateTime wall = value.toOffsetFromUtc(utcOffsetMinutes * 60);
    auto *edit = new QDateTimeEdit(QDateTime(wall.date(), wall.time()));
    edit->setObjectName(key);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    m_form->addRow(label, edit);
}

void CommandDialog::addChoice(const QString &key, const QString &label, const QList<QPair<QString, QString>> &items)
{
    auto *combo = new QComboBox;
    combo->setObjectName(key);
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    m_form->addRow(label, combo);
}

QJsonObject CommandDialog::fields() const
{
    QJsonObject out;
    for (QWidget *w : findChildren<QWidget *>()) {
        const QString key = w->objectName();
        if (key.isEmpty() || key == QLatin1String("dialogError") || key.startsWith(QLatin1String("qt_")))
            continue;
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (qobject_cast<QDateTimeEdit *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (!e->text().trimmed().isEmpty())
                out.insert(key, e->text().trimmed());
        } else if (auto *c = qobject_cast<QCheckBox *>(w)) {
            out.insert(key, c->isChecked());
        } else if (auto *d = qobject_cast<QDateTimeEdit *>(w)) {
            const QDateTime t(d->date(), d->time(), Qt::OffsetFromUTC, m_offsetMinutes * 60);
            out.insert(key, t.toString(Qt::ISODate));
        } else if (auto *b = qobject_cast<QComboBox *>(w)) {
            out.insert(key, b->currentData().toString());
        }
    }
    return out;
}

void CommandDialog::setValue(const QString &key, const QVariant &value)
{
    QWidget *w = findChild<QWidget *>(key);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->setText(value.toString());
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        c->setChecked(value.toBool());
    else if (auto *d = qobject_cast<QDateTimeEdit *>(w)) {
        const QDateTime wall = value.toDateTime().toOffsetFromUtc(m_offsetMinutes * 60);
        d->setDateTime(QDateTime(wall.date(), wall.time()));
    } else if (auto *b = qobject_cast<QComboBox *>(w))
        b->setCurrentIndex(qMax(0, b->findData(value.toString())));
}

void CommandDialog::showError(const QString &message)
{
    m_error->setText(message);
}
