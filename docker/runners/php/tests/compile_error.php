<?php
function main() {
  echo "never";
}
}
