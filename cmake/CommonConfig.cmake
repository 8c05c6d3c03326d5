# One INTERFACE target carries the language level, warnings and Qt string hygiene; every target links it.
add_library(dispatch_common INTERFACE)
target_compile_features(dispatch_common INTERFACE cxx_std_17)
target_compile_definitions(dispatch_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(dispatch_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
