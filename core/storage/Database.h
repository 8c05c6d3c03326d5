#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Opens or creates a desk database file: WAL, foreign keys, synchronous=FULL, a busy timeout, an integer
// schema version. A file that is not ours, is corrupt, read-only or from a newer version is refused with a
// clear message and left byte-for-byte untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int LatestVersion = 9;
    static constexpr quint32 ApplicationId = 0x44445348; // "DDSH"

    explicit Database(const QString &connectionName = QString());
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates the file at the latest version if it does not exist; migrates an older one.
    bool open(const QString &path);
    void close();

    bool isOpen() const;
    QString errorMessage() const { return m_error; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // For a copy rebuilt from elsewhere when lost (the server's cache of an outlet): commits skip the disk flush.
    // Never for a desk's own database.
    bool setDisposable(QString *error);

    // A consistent copy of the open database while the desk keeps working (VACUUM INTO); refuses to overwrite.
    bool backupTo(const QString &path, QString *error) const;
    // Replaces this database with a backup: the backup is checked (and migrated) as a copy first, the current file
    // is kept beside it as <name>.before-restore-<time>, never deleted. On any failure nothing changes.
    bool restoreFrom(const QString &backupPath, QString *error, bool keepReplaced = true);

    // Runs the migration steps from `fromVersion` up to `toVersion` on an open connection, in one transaction.
    static bool migrate(QSqlDatabase &db, int fromVersion, int toVersion, QString *error);

private:
    bool checkExistingFile(const QString &path);
    QString openConnection(const QString &path);
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
};
