#include "AdminRecordDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

AdminRecordDialog::AdminRecordDialog(const QString &title, const QString &intro, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("adminRecordDialog"));
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828"));
    m_error->setObjectName(QStringLiteral("dialogError"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdminRecordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void AdminRecordDialog::addText(const QString &key, const QString &label, const QString &value, bool readOnly)
{
    auto *edit = new QLineEdit(value);
    edit->setObjectName(key);
    edit->setReadOnly(readOnly);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    m_order << key;
}

void AdminRecordDialog::addNumber(const QString &key, const QString &label, int value, int minimum, int maximum,
                                  const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(key);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    if (!suffix.isEmpty())
        spin->setSuffix(QLatin1Char(' ') + suffix);
    m_form->addRow(label, spin);
    m_fields.insert(key, spin);
    m_order << key;
}

void AdminRecordDialog::addMoney(const QString &key, const QString &label, qint64 fen)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(key);
    spin->setRange(0, 1000000);
    spin->setDecimals(2);
    spin->setPrefix(tr("¥"));
    spin->setValue(double(fen) / 100.0);
    m_form->addRow(label, spin);
    m_fields.insert(key, spin);
    m_order << key;
}

void AdminRecordDialog::addTime(const QString &key, const QString &label, const QString &hhmm)
{
    auto *edit = new QTimeEdit(QTime::fromString(hhmm, QStringLiteral("HH:mm")));
    edit->setObjectName(key);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    m_order << key;
}

void AdminRecordDialog::addCheck(const QString &key, const QString &label, bool checked)
{
    auto *box = new QCheckBox(label);
    box->setObjectName(key);
    box->setChecked(checked);
    m_form->addRow(QString(), box);
    m_fields.insert(key, box);
    m_order << key;
}

void AdminRecordDialog::addChoice(const QString &key, const QString &label, const QList<QPair<QString, QString>> &items,
                                  const QString &current)
{
    auto *combo = new QComboBox;
    combo->setObjectName(key);
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    const int at = combo->findData(current);
    if (at >= 0)
        combo->setCurrentIndex(at);
    m_form->addRow(label, combo);
    m_fields.insert(key, combo);
    m_order << key;
}

void AdminRecordDialog::addChecklist(const QString &key, const QString &label,
                                     const QList<QPair<QString, QString>> &items, const QStringList &checked)
{
    auto *list = new QListWidget;
    list->setObjectName(key);
    for (const auto &item : items) {
        auto *row = new QListWidgetItem(item.first, list);
        row->setData(Qt::UserRole, item.second);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(checked.contains(item.second) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(qMin(160, 24 * int(items.size()) + 8));
    m_form->addRow(label, list);
    m_fields.insert(key, list);
    m_order << key;
}

QJsonObject AdminRecordDialog::fields() const
{
    QJsonObject out;
    for (const QString &key : m_order) {
        QWidget *w = m_fields.value(key);
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (!e->text().trimmed().isEmpty())
                out.insert(key, e->text().trimmed());
        } else if (auto *t = qobject_cast<QTimeEdit *>(w)) {
            out.insert(key, t->time().toString(QStringLiteral("HH:mm")));
        } else if (auto *s = qobject_cast<QSpinBox *>(w)) {
            out.insert(key, s->value());
        } else if (auto *d = qobject_cast<QDoubleSpinBox *>(w)) {
            out.insert(key, qRound64(d->value() * 100.0));
        } else if (auto *c = qobject_cast<QCheckBox *>(w)) {
            out.insert(key, c->isChecked());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            out.insert(key, combo->currentData().toString());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            QJsonArray values;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    values << list->item(i)->data(Qt::UserRole).toString();
            out.insert(key, values);
        }
    }
    return out;
}

void AdminRecordDialog::setValue(const QString &key, const QVariant &value)
{
    QWidget *w = m_fields.value(key);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        e->setText(value.toString());
    else if (auto *t = qobject_cast<QTimeEdit *>(w))
        t->setTime(QTime::fromString(value.toString(), QStringLiteral("HH:mm")));
    else if (auto *s = qobject_cast<QSpinBox *>(w))
        s->setValue(value.toInt());
    else if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
        d->setValue(value.toDouble());
    else if (auto *c = qobject_cast<QCheckBox *>(w))
        c->setChecked(value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(w))
        combo->setCurrentIndex(qMax(0, combo->findData(value.toString())));
    else if (auto *list = qobject_cast<QListWidget *>(w))
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(value.toStringList().contains(list->item(i)->data(Qt::UserRole).toString())
                                             ? Qt::Checked
                                             : Qt::Unchecked);
}

QString AdminRecordDialog::errorText() const
{
    return m_error->text();
}

bool AdminRecordDialog::submit()
{
    const QString problem = m_submitter ? m_submitter(fields()) : QString();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    m_error->clear();
    accept();
    return true;
}
