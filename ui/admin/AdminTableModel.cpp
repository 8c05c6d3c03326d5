#include "AdminTableModel.h"

#include "service/DeskService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

AdminTableModel::AdminTableModel(DeskService &desk, Store::Table table, const QString &command, QObject *parent)
    : QAbstractTableModel(parent), m_desk(desk), m_table(table), m_command(command)
{
    connect(&desk, &DeskService::referenceChanged, this, &AdminTableModel::tableChanged);
    connect(&desk, &DeskService::deskReset, this, &AdminTableModel::reload);
    m_rows = m_desk.store().all(m_table, Store::keyColumn(m_table));
}

int AdminTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString AdminTableModel::key(int row) const
{
    return m_rows.value(row).value(Store::keyColumn(m_table)).toString();
}

int AdminTableModel::rowOfKey(const QString &key) const
{
    const QString column = Store::keyColumn(m_table);
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(column).toString() == key)
            return i;
    return -1;
}

void AdminTableModel::reload()
{
    beginResetModel();
    m_rows = m_desk.store().all(m_table, Store::keyColumn(m_table));
    endResetModel();
}

void AdminTableModel::refreshRecord(const QString &key)
{
    const std::optional<Record> row = m_desk.store().load(m_table, key);
    if (!row)
        return;
    const int at = rowOfKey(key);
    if (at >= 0) {
        m_rows[at] = *row;
        emit dataChanged(index(at, 0), index(at, columnCount() - 1));
        return;
    }
    const QString column = Store::keyColumn(m_table);
    int position = 0;
    while (position < m_rows.size() && m_rows.at(position).value(column).toString() < key)
        ++position;
    beginInsertRows({}, position, position);
    m_rows.insert(position, *row);
    endInsertRows();
}

void AdminTableModel::tableChanged(Store::Table table, const QStringList &keys)
{
    if (table != m_table) {
        referencesChanged(table);
        return;
    }
    for (const QString &key : keys)
        refreshRecord(key);
}

void AdminTableModel::referencesChanged(Store::Table) {}

Qt::ItemFlags AdminTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !fieldOf(index.column()).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

QJsonValue AdminTableModel::commandValue(int, const QVariant &value, QString *) const
{
    return QJsonValue::fromVariant(value);
}

bool AdminTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    const QString field = fieldOf(index.column());
    if (field.isEmpty() || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    QString problem;
    const QJsonValue v = commandValue(index.column(), value, &problem);
    if (v.isUndefined()) {
        emit changeRefused(problem);
        return false;
    }
    QJsonObject fields = commandFields(m_rows.at(index.row()));
    if (fields.value(field) == v)
        return false;
    fields.insert(field, v);
    // The row is refreshed from the database when the core has applied the change
    return submit(fields);
}

bool AdminTableModel::submit(const QJsonObject &fields, QString *error)
{
    const CommandResult result = m_desk.submit(m_command, fields);
    if (result.ok) {
        emit changeSaved(tr("Saved %1.").arg(result.id));
        return true;
    }
    const QString message = tr("Not saved: %1").arg(result.error.message);
    if (error)
        *error = result.error.message;
    emit changeRefused(message);
    return false;
}

QStringList AdminTableModel::jsonList(const QVariant &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toString().toUtf8()).array();
    for (const QJsonValue &v : array)
        out << v.toString();
    return out;
}

QJsonValue AdminTableModel::fenFromYuan(const QVariant &typed, QString *problem)
{
    QString text = typed.toString().trimmed();
    text.remove(QChar(0xA5)).remove(QChar(0xFFE5)).remove(QStringLiteral("元"));
    bool ok = false;
    const double yuan = text.trimmed().toDouble(&ok);
    if (!ok || yuan < 0) {
        if (problem)
            *problem =
                tr("Not saved: \"%1\" is not an amount in yuan (for example 30 or 12.50).").arg(typed.toString());
        return QJsonValue(QJsonValue::Undefined);
    }
    return qint64(qRound64(yuan * 100.0));
}

QString AdminTableModel::yuan(qint64 fen)
{
    return QString::number(double(fen) / 100.0, 'f', 2);
}

QJsonValue AdminTableModel::wholeNumber(const QVariant &typed, QString *problem)
{
    bool ok = false;
    const qint64 n = typed.toString().trimmed().toLongLong(&ok);
    if (!ok) {
        if (problem)
            *problem = tr("Not saved: \"%1\" is not a whole number.").arg(typed.toString());
        return QJsonValue(QJsonValue::Undefined);
    }
    return n;
}
