#include "Replay.h"

#include "rules/CommandProcessor.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QJsonParseError>

Replay::Outcome Replay::run(CommandProcessor &processor, QIODevice &input)
{
    Outcome out;
    int lineNumber = 0;
    // Commands are applied in batches of one transaction each (a savepoint per command, so a rejected line still
    // changes nothing): one fsync per batch instead of per command.
    constexpr int BatchSize = 1000;
    Store &store = processor.store();
    store.beginBatch();
    int inBatch = 0;
    while (!input.atEnd()) {
        if (++inBatch > BatchSize) {
            store.endBatch();
            store.beginBatch();
            inBatch = 1;
        }
        const QByteArray line = input.readLine();
        ++lineNumber;
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            out.rejected << QJsonObject{
                {QStringLiteral("line"), lineNumber},
                {QStringLiteral("command"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("field"), QJsonValue(QJsonValue::Null)},
                {QStringLiteral("message"),
                 parseError.error != QJsonParseError::NoError
                     ? tr("The line is not valid JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : tr("The line is JSON but not an object; each line must be one command object.")}};
            continue;
        }
        const QJsonObject object = doc.object();
        const QJsonValue name = object.value(QLatin1String("command"));
        Command cmd;
        CommandError error;
        CommandResult result;
        if (Command::fromJson(object, &cmd, &error)) {
            result = processor.apply(cmd);
            out.sawCommand = true;
            out.lastAtMs = cmd.atMs();
            if (result.internal) { // a fault, not a rule: stop with what was applied before this batch kept
                store.abortBatch();
                throw StorageError(tr("line %1 (%2): %3").arg(lineNumber).arg(cmd.name(), result.error.message));
            }
        } else {
            result.error = error;
        }
        if (result.ok) {
            ++out.applied;
        } else {
            out.rejected << QJsonObject{
                {QStringLiteral("line"), lineNumber},
                {QStringLiteral("command"), name.isString() ? name : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("field"),
                 result.error.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(result.error.field)},
                {QStringLiteral("message"), result.error.message}};
        }
    }
    store.endBatch();
    return out;
}
