#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestDesk.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // The crash-safety test re-runs this binary as a child that writes until it is killed.
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0) {
        QCoreApplication app(argc, argv);
        return TestDesk::runCrashWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
