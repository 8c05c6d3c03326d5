#pragma once

#include "storage/Store.h"

#include <QAbstractTableModel>
#include <QJsonObject>

class DeskService;
struct CommandResult;

// The common ground of the admin tables (users, technicians, categories, fees, parts): the rows of one reference
// table, read through the Store, and edits that go to the core as the table's upsert command. An edit the core
// refuses changes nothing and is announced with the core's words (changeRefused). A command applied anywhere
// refreshes the one row it changed.
class AdminTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    AdminTableModel(DeskService &desk, Store::Table table, const QString &command, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void reload();
    // Re-reads one record: updates its row, or inserts it in key order when new.
    void refreshRecord(const QString &key);
    int rowOfKey(const QString &key) const;
    Record record(int row) const { return m_rows.value(row); }
    QString key(int row) const;
    QString command() const { return m_command; }
    // The record as the fields of its upsert command, ready to be changed and submitted.
    virtual QJsonObject commandFields(const Record &record) const = 0;
    // Gives the command to the core; false (and changeRefused) when the core refuses it.
    bool submit(const QJsonObject &fields, QString *error = nullptr);
    // A list kept as JSON text in the record (skills, zones, main parts)
    static QStringList jsonList(const QVariant &text);

signals:
    void changeSaved(const QString &message);
    void changeRefused(const QString &message);

protected:
    // The command field a column edits inline ("" when the column is edited in the form only) and the value it
    // takes from what was typed (an invalid QJsonValue when the text is not acceptable; `problem` says why).
    virtual QString fieldOf(int column) const = 0;
    virtual QJsonValue commandValue(int column, const QVariant &value, QString *problem) const;
    // Yuan as typed ("30", "12.5", "¥12.50") in fen; an invalid value (and `problem`) when it is not an amount
    static QJsonValue fenFromYuan(const QVariant &typed, QString *problem);
    static QString yuan(qint64 fen);
    // A whole number as typed; an invalid value (and `problem`) when it is not one
    static QJsonValue wholeNumber(const QVariant &typed, QString *problem);
    // Called when data the rows show from other tables changed (names of zones or categories).
    virtual void referencesChanged(Store::Table table);

    DeskService &m_desk;

private:
    void tableChanged(Store::Table table, const QStringList &keys);

    Store::Table m_table;
    QString m_command;
    QList<Record> m_rows;
};
