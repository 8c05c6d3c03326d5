#pragma once

#include "AdminTableModel.h"

// The published fee schedule (收费标准, R6): visit fee, labour by repair grade, software and upgrade fees. Only
// these may be charged without a supervisor's approval. Name and amount edit in place; the kind in the fee form.
class FeeScheduleModel : public AdminTableModel
{
    Q_OBJECT
public:
    enum Column { Code, Name, Kind, Amount, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole };

    explicit FeeScheduleModel(DeskService &desk, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QJsonObject commandFields(const Record &record) const override;

    static QString kindName(const QString &kind);
    static QList<QPair<QString, QString>> kindChoices();

protected:
    QString fieldOf(int column) const override;
    QJsonValue commandValue(int column, const QVariant &value, QString *problem) const override;
};
