#pragma once

#include <QAbstractTableModel>

class DeskService;
struct CommandResult;

// The numbers of SPEC §2.2 the rules read (RuleSettings::knownKeys()): 2 h callback after phone guidance, 3 h on
// site, 10 min between contact tries, 3 tries, 15 min late, 24 h callback, 30 days repeat… Each row says what the
// number does, its unit, the value in force and the default. The value edits in place as setting.set.
class RuleSettingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Description, Value, Unit, Default, Key, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, KeyRole, IsDefaultRole };

    explicit RuleSettingsModel(DeskService &desk, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void reload();
    int rowOfKey(const QString &key) const { return int(m_keys.indexOf(key)); }
    QString key(int row) const { return m_keys.value(row); }
    // The value in force: the admin's, or the default
    QString value(const QString &key) const;
    static QString defaultValue(const QString &key);
    static QString description(const QString &key);
    static QString unit(const QString &key);

signals:
    void changeSaved(const QString &message);
    void changeRefused(const QString &message);

private:
    void settingsChanged(const QStringList &keys);

    DeskService &m_desk;
    QStringList m_keys;
    QHash<QString, QString> m_values;
};
