#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class CommandProcessor;

// Applies a JSONL file of commands, one per line, in order. A line that fails (bad JSON, unknown command,
// validation, illegal transition) is reported and skipped; the rest go on.
class Replay
{
    Q_DECLARE_TR_FUNCTIONS(Replay)
public:
    struct Outcome
    {
        int applied = 0;
        QJsonArray rejected;
        qint64 lastAtMs = 0;
        bool sawCommand = false;
    };

    // Throws StorageError when a batch cannot be committed (disk full, I/O error).
    static Outcome run(CommandProcessor &processor, QIODevice &input);
};
