#pragma once

#include <QString>
#include <stdexcept>

// Thrown by the storage layer when SQLite itself fails (disk full, I/O error, lock timeout). The command
// processor turns it into a rejected command after rolling back, so nothing is half-written.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};
