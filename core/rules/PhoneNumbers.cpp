#include "PhoneNumbers.h"

#include <QRegularExpression>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString PhoneNumbers::normalize(const QString &text, QString *error)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty()) {
        *error = tr("The phone number is empty.");
        return {};
    }
    QString extension;
    // Desk habits: "010-12345678-123", "010-12345678转123", "0755 8888 6666 ext 12".
    static const QRegularExpression extRe(QStringLiteral("^(.*?\\d)\\s*(?:转|分机|ext\\.?|x|#)\\s*(\\d{1,6})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression landlineDashExt(QStringLiteral("^(0\\d{2,3}[- ]?\\d{7,8})-(\\d{1,6})$"));
    QRegularExpressionMatch m = extRe.match(t);
    if (!m.hasMatch())
        m = landlineDashExt.match(t);
    if (m.hasMatch()) {
        t = m.captured(1);
        extension = m.captured(2);
    }
    static const QRegularExpression allowed(QStringLiteral("^[+0-9 ()\\-]+$"));
    if (!allowed.match(t).hasMatch()) {
        *error = tr("\"%1\" is not a phone number: only digits, spaces, brackets, dashes and a leading + belong in "
                    "one.")
                     .arg(text);
        return {};
    }
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(t.toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        *error = tr("\"%1\" cannot be read as a phone number.").arg(text);
        return {};
    }
    if (!util->IsValidNumber(number)) {
        QString digits = t;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.startsWith(QLatin1Char('1')) && digits.size() != 11)
            *error = tr("\"%1\" is not a valid mobile number: a Chinese mobile number has 11 digits.").arg(text);
        else if (digits.startsWith(QLatin1Char('0')))
            *error = tr("\"%1\" is not a valid landline: check the area code and the number of digits.").arg(text);
        else
            *error = tr("\"%1\" is not a valid phone number. Landlines need their area code (for example "
                        "010-12345678).")
                         .arg(text);
        return {};
    }
    std::string out;
    util->Format(number, PhoneNumberUtil::E164, &out);
    QString result = QString::fromStdString(out);
    if (!extension.isEmpty())
        result += QStringLiteral(";ext=") + extension;
    else if (number.has_extension())
        result += QStringLiteral(";ext=") + QString::fromStdString(number.extension());
    error->clear();
    return result;
}

QString PhoneNumbers::display(const QString &e164)
{
    const int extAt = e164.indexOf(QStringLiteral(";ext="));
    const QString main = extAt >= 0 ? e164.left(extAt) : e164;
    PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(main.toStdString(), "CN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util->Format(number, PhoneNumberUtil::NATIONAL, &out);
    QString result = QString::fromStdString(out);
    if (extAt >= 0)
        result += QStringLiteral(" 转 ") + e164.mid(extAt + 5);
    return result;
}
