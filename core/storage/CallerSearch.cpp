#include "CallerSearch.h"

#include "storage/Schema.h"

#include <QRegularExpression>
#include <QSet>

namespace {
const QString kCustomerColumns = QStringLiteral(
    "c.id, c.name, c.address, (SELECT group_concat(phone, ' ') FROM customer_phones p WHERE p.customer_id = c.id)");

CallerSearch::Match matchFrom(const QSqlQuery &q, const QString &by)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts), by};
}
} // namespace

QList<CallerSearch::Match> CallerSearch::find(const QString &text, int limit)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 \\-()]*$"));
    if (phoneLike.match(t).hasMatch()) {
        QString digits = t;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        // A landline dialled with its trunk 0 ("010-…") is stored in E.164 without it
        if (digits.size() >= 10 && digits.startsWith(QLatin1Char('0')) && !digits.startsWith(QStringLiteral("00")))
            digits.remove(0, 1);
        return digits.size() >= 4 ? byPhone(digits, limit) : QList<Match>();
    }
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z ']+$"));
    if (latin.match(t).hasMatch()) {
        QString letters = t.toLower();
        letters.remove(QRegularExpression(QStringLiteral("[^a-z]")));
        if (letters.isEmpty())
            return {};
        return byText(QStringLiteral("pinyin : ") + letters + QLatin1Char('*'), QStringLiteral("pinyin"), limit);
    }
    // Characters as one phrase: a substring of the name, or of the address
    const QString spaced = Schema::searchDocument(t, QString()).name;
    if (spaced.isEmpty())
        return {};
    QString phrase = spaced;
    phrase.remove(QLatin1Char('"'));
    const QString quoted = QLatin1Char('"') + phrase + QLatin1Char('"');
    QList<Match> out = byText(QStringLiteral("name : ") + quoted, QStringLiteral("name"), limit);
    if (out.size() < limit) {
        QSet<QString> seen;
        for (const Match &m : out)
            seen.insert(m.customerId);
        for (const Match &m : byText(QStringLiteral("address : ") + quoted, QStringLiteral("address"), limit))
            if (!seen.contains(m.customerId) && out.size() < limit)
                out << m;
    }
    return out;
}

QList<CallerSearch::Match> CallerSearch::byPhone(const QString &digits, int limit)
{
    QString reversed;
    for (auto it = digits.crbegin(); it != digits.crend(); ++it)
        reversed += *it;
    // A suffix of the phone is a prefix of its reversed digits: an index range scan
    QString upper = reversed;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT ") + kCustomerColumns +
                                   QStringLiteral(", min(cp.phone_rev = ?) FROM customer_phones cp "
                                                  "JOIN customers c ON c.id = cp.customer_id "
                                                  "WHERE cp.phone_rev >= ? AND cp.phone_rev < ? "
                                                  "GROUP BY c.id ORDER BY 5 DESC, c.name LIMIT ?"));
    q.addBindValue(reversed);
    q.addBindValue(reversed);
    q.addBindValue(upper);
    q.addBindValue(limit);
    m_store.exec(q);
    QList<Match> out;
    while (q.next())
        out << matchFrom(q, digits.size() >= 11 ? QStringLiteral("phone") : QStringLiteral("phone_suffix"));
    return out;
}

QList<CallerSearch::Match> CallerSearch::byText(const QString &ftsQuery, const QString &matchedBy, int limit)
{
    // Names and pinyin by relevance (an exact name first); an address fragment matches a whole street, where
    // relevance means nothing: the newest customers first, read in the index's own order, so a fragment shared by
    // ten thousand customers costs the same as one shared by ten
    const bool byAddress = matchedBy == QLatin1String("address");
    QSqlQuery &q = m_store.prepare(QStringLiteral("SELECT ") + kCustomerColumns +
                                   QStringLiteral(" FROM customer_search s JOIN customers c ON c.rowid = s.rowid "
                                                  "WHERE customer_search MATCH ? ORDER BY ") +
                                   (byAddress ? QStringLiteral("s.rowid DESC") : QStringLiteral("s.rank")) +
                                   QStringLiteral(" LIMIT ?"));
    q.addBindValue(ftsQuery);
    q.addBindValue(limit);
    m_store.exec(q);
    QList<Match> out;
    while (q.next())
        out << matchFrom(q, matchedBy);
    return out;
}
